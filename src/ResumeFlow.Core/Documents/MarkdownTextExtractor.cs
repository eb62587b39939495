using System.Text;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ResumeFlow.Core.Documents;

/// <summary>
/// Markdown (and Markdown-like plain text) through Markdig: headings keep their level, a paragraph
/// that is entirely bold counts as bold, list items are marked, soft line breaks stay line breaks, links keep their URL.
/// </summary>
internal static class MarkdownTextExtractor
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    public static ExtractedDocument Extract(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        var lines = new List<DocumentLine>();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            switch (block)
            {
                case HeadingBlock heading:
                    AddBreak(lines);
                    foreach (var text in InlineLines(heading.Inline, out _))
                    {
                        TextNormalizer.AddLine(lines, TextNormalizer.CleanLine(text), t => new DocumentLine(t, IsBold: true, HeadingLevel: heading.Level));
                    }

                    break;
                case ParagraphBlock paragraph when paragraph.Parent is not TableCell:
                    if (paragraph.Parent is not ListItemBlock || paragraph.Parent.IndexOf(paragraph) == 0 && paragraph.Parent.Parent?.IndexOf(paragraph.Parent) == 0)
                    {
                        AddBreak(lines);
                    }

                    var listItem = paragraph.Parent is ListItemBlock;
                    foreach (var text in InlineLines(paragraph.Inline, out var allBold))
                    {
                        TextNormalizer.AddLine(lines, TextNormalizer.CleanLine(text), t => new DocumentLine(t, IsBold: allBold, IsListItem: listItem));
                    }

                    break;
                case CodeBlock code:
                    AddBreak(lines);
                    foreach (var line in code.Lines.Lines.Take(code.Lines.Count))
                    {
                        TextNormalizer.AddLine(lines, TextNormalizer.CleanLine(line.ToString()));
                    }

                    break;
            }

            if (block.Parent is TableCell cell && block == cell.LastChild && cell.Parent is TableRow row && cell == row.LastChild)
            {
                var cells = row.OfType<TableCell>()
                    .Select(c => string.Join(' ', c.Descendants<ParagraphBlock>().SelectMany(p => InlineLines(p.Inline, out _))))
                    .Select(TextNormalizer.CleanLine)
                    .Where(t => t.Length > 0 && !t.All(ch => ch is '-' or ':' or ' '));
                TextNormalizer.AddLine(lines, string.Join(" | ", cells));
            }
        }

        TextNormalizer.TrimBlankEnds(lines);
        return ExtractedDocument.FromLines(lines, DocumentFileFormat.Markdown);
    }

    private static void AddBreak(List<DocumentLine> lines)
    {
        if (lines.Count > 0 && !lines[^1].IsBlank)
        {
            lines.Add(new DocumentLine(string.Empty));
        }
    }

    private static List<string> InlineLines(ContainerInline? inline, out bool allBold)
    {
        var lines = new List<string>();
        var current = new StringBuilder();
        var boldChars = 0;
        var totalChars = 0;
        if (inline is not null)
        {
            Walk(inline, current, lines, false, ref boldChars, ref totalChars);
        }

        lines.Add(current.ToString());
        allBold = totalChars > 0 && boldChars == totalChars;
        return lines;
    }

    private static void Walk(ContainerInline container, StringBuilder current, List<string> lines, bool bold, ref int boldChars, ref int totalChars)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    var text = literal.Content.ToString();
                    current.Append(text);
                    Count(text, bold, ref boldChars, ref totalChars);
                    break;
                case CodeInline code:
                    current.Append(code.Content);
                    Count(code.Content, bold, ref boldChars, ref totalChars);
                    break;
                case LineBreakInline:
                    lines.Add(current.ToString());
                    current.Clear();
                    break;
                case AutolinkInline autolink:
                    current.Append(autolink.Url);
                    Count(autolink.Url, bold, ref boldChars, ref totalChars);
                    break;
                case LinkInline link:
                    var start = current.Length;
                    Walk(link, current, lines, bold, ref boldChars, ref totalChars);
                    var label = current.ToString(start, current.Length - start);
                    if (!string.IsNullOrEmpty(link.Url) && !link.IsImage && !label.Contains(link.Url, StringComparison.OrdinalIgnoreCase))
                    {
                        current.Append(" (").Append(link.Url).Append(')');
                    }

                    break;
                case EmphasisInline emphasis:
                    Walk(emphasis, current, lines, bold || emphasis.DelimiterCount >= 2, ref boldChars, ref totalChars);
                    break;
                case HtmlEntityInline entity:
                    current.Append(entity.Transcoded);
                    break;
                case ContainerInline nested:
                    Walk(nested, current, lines, bold, ref boldChars, ref totalChars);
                    break;
            }
        }
    }

    private static void Count(string text, bool bold, ref int boldChars, ref int totalChars)
    {
        var letters = text.Count(char.IsLetterOrDigit);
        totalChars += letters;
        if (bold)
        {
            boldChars += letters;
        }
    }
}
