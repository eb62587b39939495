using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace ResumeFlow.Core.Documents;

/// <summary>
/// HTML to lines with a small tokenizer (no HTML package is available here): block elements break
/// lines, h1-h6 keep their level, script/style/head are dropped, and elements hidden by inline
/// style (display:none, visibility:hidden, white text, font-size under 2px/pt) are left out and flagged.
/// </summary>
internal static partial class HtmlTextExtractor
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "li", "ul", "ol", "tr", "table", "section", "article", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
        "dt", "dd", "dl", "blockquote", "pre", "hr", "address", "main", "aside", "nav", "td", "th", "title",
    };

    private static readonly HashSet<string> VoidTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source", "track", "wbr",
    };

    public static ExtractedDocument Extract(string html)
    {
        var lines = new List<DocumentLine>();
        var hidden = new HiddenTextReport();
        var current = new StringBuilder();
        var stack = new List<(string Tag, bool Hidden, bool Bold, int? Heading)>();
        int? lineHeading = null;
        var lineBold = true;
        var lineChars = 0;
        var position = 0;

        void Flush()
        {
            var text = TextNormalizer.CleanLine(WebUtility.HtmlDecode(current.ToString()));
            current.Clear();
            if (text.Length > 0)
            {
                lines.Add(new DocumentLine(text, IsBold: lineChars > 0 && lineBold, HeadingLevel: lineHeading));
            }
            else if (lines.Count > 0 && !lines[^1].IsBlank)
            {
                lines.Add(new DocumentLine(string.Empty));
            }

            lineHeading = null;
            lineBold = true;
            lineChars = 0;
        }

        foreach (Match match in TagPattern().Matches(html))
        {
            if (match.Index < position)
            {
                // Inside a skipped script/style/head element.
                continue;
            }

            var textBefore = html[position..match.Index];
            position = match.Index + match.Length;
            AppendText(textBefore);

            var tag = match.Groups["name"].Value.ToLowerInvariant();
            var closing = match.Groups["close"].Success;
            if (match.Groups["comment"].Success || match.Groups["doctype"].Success)
            {
                continue;
            }

            if (!closing && tag is "script" or "style" or "head" or "template" or "noscript")
            {
                var end = html.IndexOf("</" + tag, position, StringComparison.OrdinalIgnoreCase);
                position = end < 0 ? html.Length : html.IndexOf('>', end) + 1;
                if (position == 0)
                {
                    position = html.Length;
                }

                continue;
            }

            if (BlockTags.Contains(tag))
            {
                Flush();
            }

            if (closing)
            {
                var index = stack.FindLastIndex(e => e.Tag == tag);
                if (index >= 0)
                {
                    stack.RemoveRange(index, stack.Count - index);
                }
            }
            else if (!VoidTags.Contains(tag) && !match.Groups["selfclose"].Success)
            {
                var parent = stack.Count > 0 ? stack[^1] : (Tag: string.Empty, Hidden: false, Bold: false, Heading: (int?)null);
                var attributes = match.Groups["attrs"].Value;
                var isHidden = parent.Hidden || IsHiddenByStyle(attributes);
                var isBold = parent.Bold || tag is "b" or "strong" or "th" || (tag.Length == 2 && tag[0] == 'h' && char.IsDigit(tag[1]));
                int? heading = tag.Length == 2 && tag[0] == 'h' && tag[1] is >= '1' and <= '6' ? tag[1] - '0' : parent.Heading;
                stack.Add((tag, isHidden, isBold, heading));
            }
        }

        AppendText(html[position..]);
        Flush();
        TextNormalizer.TrimBlankEnds(lines);
        var flags = hidden.Count > 0 ? new[] { new DocumentFlag(DocumentFlags.HiddenText, hidden.Describe()) } : [];
        return ExtractedDocument.FromLines(lines, DocumentFileFormat.Html, flags: flags);

        void AppendText(string raw)
        {
            if (raw.Length == 0)
            {
                return;
            }

            var top = stack.Count > 0 ? stack[^1] : (Tag: string.Empty, Hidden: false, Bold: false, Heading: (int?)null);
            if (top.Hidden)
            {
                var text = WebUtility.HtmlDecode(raw).Trim();
                if (text.Length > 0)
                {
                    hidden.AddRun("vanish", text);
                }

                return;
            }

            var letters = raw.Count(char.IsLetterOrDigit);
            if (letters > 0)
            {
                lineChars += letters;
                lineBold &= top.Bold;
                lineHeading ??= top.Heading;
            }

            current.Append(raw);
        }
    }

    private static bool IsHiddenByStyle(string attributes)
    {
        if (attributes.Contains("hidden", StringComparison.OrdinalIgnoreCase) && HiddenAttributePattern().IsMatch(attributes))
        {
            return true;
        }

        var style = StylePattern().Match(attributes);
        if (!style.Success)
        {
            return false;
        }

        var css = style.Groups["css"].Value.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        if (css.Contains("display:none", StringComparison.Ordinal) || css.Contains("visibility:hidden", StringComparison.Ordinal))
        {
            return true;
        }

        if (WhiteColourPattern().IsMatch(css))
        {
            return true;
        }

        var size = FontSizePattern().Match(css);
        return size.Success && double.TryParse(size.Groups["size"].Value, System.Globalization.CultureInfo.InvariantCulture, out var value) && value < 2;
    }

    [GeneratedRegex(@"<(?:(?<comment>!--.*?--)|(?<doctype>![^>]*)|(?<close>/)?(?<name>[a-zA-Z][a-zA-Z0-9]*)(?<attrs>[^>]*?)(?<selfclose>/)?)>", RegexOptions.Singleline)]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"style\s*=\s*(?:""(?<css>[^""]*)""|'(?<css>[^']*)')", RegexOptions.IgnoreCase)]
    private static partial Regex StylePattern();

    [GeneratedRegex(@"(?:^|\s)hidden(?:\s|=|$)", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenAttributePattern();

    [GeneratedRegex(@"(?:^|;)color:(?:#fff(?:fff)?\b|white\b|rgb\(255,255,255\))")]
    private static partial Regex WhiteColourPattern();

    [GeneratedRegex(@"font-size:(?<size>[0-9.]+)(?:px|pt)")]
    private static partial Regex FontSizePattern();
}
