using System.Text;
using ResumeFlow.Core.Documents;

namespace ResumeFlow.Core.Sections;

/// <summary>
/// Splits a resume into sections. A line is a heading when it names a section (English, German,
/// French, Spanish heading words) and looks like one (short, standalone, capitals, bold, larger font,
/// a Markdown/DOCX heading level, or a trailing colon); "Skills: C#, SQL" opens a section inline.
/// A Markdown list item is never a heading line (only the inline form opens a section from it).
/// Lines styled like the recognised headings but not named become <see cref="SectionKind.Other"/>.
/// Text before the first heading is the <see cref="SectionKind.Header"/>; a resume without headings
/// is one <see cref="SectionKind.Body"/> section.
/// </summary>
public static class SectionDetector
{
    private const int MaxHeadingWords = 6;
    private const int MaxHeadingChars = 60;

    // Heading words that are also ordinary list items ("Training", "Software"): they need a layout cue.
    private static readonly HashSet<string> WeakPhrases = new(StringComparer.Ordinal)
    {
        "training", "tools", "software", "activities", "career", "community", "project", "stage", "stages", "language", "research",
        "talks", "courses", "other", "additional", "misc", "overview", "introduction", "highlights", "strengths", "abilities", "expertise",
        "technologies", "qualifications", "engagement", "formation", "presentations", "portfolio", "organizations", "volunteer",
        "informatique", "outils", "herramientas",
        "erfahrung", "internship", "internships", "patents", "studies", "degrees", "credentials", "recognition", "affiliations",
        "memberships", "contact",
    };

    public static IReadOnlyList<ResumeSection> Detect(ExtractedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var lines = document.Lines;
        var body = BodyStyle(lines);
        var headings = new List<Heading>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (Classify(lines, i, body) is { } heading)
            {
                headings.Add(heading);
            }
        }

        headings = AddStyledHeadings(lines, headings, body);
        return BuildSections(lines, headings);
    }

    /// <summary>The kind a heading names, or null when it names none (e.g. "Berufserfahrung" → Experience).</summary>
    public static SectionKind? Classify(string heading)
    {
        ArgumentNullException.ThrowIfNull(heading);
        var key = SectionHeadings.Key(StripDecoration(heading));
        return SectionHeadings.Exact(key) ?? (WordCount(key) <= MaxHeadingWords ? SectionHeadings.ByStem(key) : null);
    }

    private static Heading? Classify(IReadOnlyList<DocumentLine> lines, int index, BodyStyleInfo body)
    {
        var line = lines[index];
        if (line.IsBlank || line.Text.Length > 200)
        {
            return null;
        }

        var text = StripDecoration(line.Text);
        if (text.Length == 0)
        {
            return null;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && colon < text.Length - 1)
        {
            // "Skills: C#, SQL" — a heading word before the colon opens the section inline.
            var prefix = text[..colon];
            var prefixKey = SectionHeadings.Key(prefix);
            if (WordCount(prefixKey) <= 4 && SectionHeadings.Exact(prefixKey) is { } inlineKind && StartsUpper(prefix) && !WeakPhrases.Contains(prefixKey))
            {
                return new Heading(index, inlineKind, prefix.Trim(), text[(colon + 1)..].Trim(), Style(line));
            }

            return null;
        }

        // A list item is content: the last "- Research" of a skills list stands before a blank line like a heading would.
        if (line.IsListItem)
        {
            return null;
        }

        if (text.Length > MaxHeadingChars || !StartsUpper(text) || text.EndsWith('.') || text.Any(char.IsDigit) || text.Contains('@', StringComparison.Ordinal))
        {
            return null;
        }

        var key = SectionHeadings.Key(text);
        var words = WordCount(key);
        if (words == 0 || words > MaxHeadingWords)
        {
            return null;
        }

        var cues = Cues(lines, index, body);
        if (SectionHeadings.Exact(key) is { } kind)
        {
            if (cues.Any || !WeakPhrases.Contains(key) || (words == 1 && StartsUpper(text) && Standalone(lines, index)))
            {
                return new Heading(index, kind, text, null, Style(line));
            }

            return null;
        }

        if (cues.Strong && words <= 5 && !text.Contains(',', StringComparison.Ordinal) && SectionHeadings.ByStem(key) is { } stemKind)
        {
            return new Heading(index, stemKind, text, null, Style(line));
        }

        return null;
    }

    // Lines that look exactly like the recognised headings (same size, weight, capitals, level) but
    // name no known section: unnamed headings ("Key Information"), kept as Other.
    private static List<Heading> AddStyledHeadings(IReadOnlyList<DocumentLine> lines, List<Heading> headings, BodyStyleInfo body)
    {
        if (headings.Count < 2)
        {
            return headings;
        }

        var styles = headings.GroupBy(h => h.Style).Where(g => g.Count() >= 2 && g.Key != body.Style && g.Key.IsDistinct).Select(g => g.Key).ToHashSet();
        if (styles.Count == 0)
        {
            return headings;
        }

        var known = headings.Select(h => h.Line).ToHashSet();
        var first = headings.Min(h => h.Line);
        var result = new List<Heading>(headings);
        for (var i = first + 1; i < lines.Count; i++)
        {
            var line = lines[i];
            if (known.Contains(i) || line.IsBlank || line.IsListItem || !styles.Contains(Style(line)))
            {
                continue;
            }

            var text = StripDecoration(line.Text);
            var words = WordCount(SectionHeadings.Key(text));
            if (words is >= 1 and <= 4 && text.Length <= 40 && StartsUpper(text) && !text.Any(char.IsDigit) && !text.Contains('@', StringComparison.Ordinal)
                && !text.Contains(',', StringComparison.Ordinal) && !text.EndsWith('.'))
            {
                result.Add(new Heading(i, SectionKind.Other, text, null, Style(line)));
            }
        }

        result.Sort((a, b) => a.Line.CompareTo(b.Line));
        return result;
    }

    private static List<ResumeSection> BuildSections(IReadOnlyList<DocumentLine> lines, List<Heading> headings)
    {
        var sections = new List<ResumeSection>();
        if (headings.Count == 0)
        {
            var all = JoinLines(lines, 0, lines.Count, null);
            sections.Add(new ResumeSection(SectionKind.Body, string.Empty, all, 0, lines.Count));
            return sections;
        }

        // A stray ":" or rule above the first heading is decoration, not a header to analyse.
        var header = JoinLines(lines, 0, headings[0].Line, null);
        if (header.Any(char.IsLetterOrDigit))
        {
            sections.Add(new ResumeSection(SectionKind.Header, string.Empty, header, 0, headings[0].Line));
        }

        for (var h = 0; h < headings.Count; h++)
        {
            var heading = headings[h];
            var end = h + 1 < headings.Count ? headings[h + 1].Line : lines.Count;
            var text = JoinLines(lines, heading.Line + 1, end, heading.InlineText);
            sections.Add(new ResumeSection(heading.Kind, heading.Text, text, heading.Line, end));
        }

        return sections;
    }

    private static string JoinLines(IReadOnlyList<DocumentLine> lines, int start, int end, string? first)
    {
        var builder = new StringBuilder();
        if (!string.IsNullOrEmpty(first))
        {
            builder.Append(first);
        }

        for (var i = start; i < end; i++)
        {
            if (builder.Length > 0)
            {
                builder.Append('\n');
            }

            builder.Append(lines[i].Text);
        }

        return builder.ToString().Trim();
    }

    private static CueInfo Cues(IReadOnlyList<DocumentLine> lines, int index, BodyStyleInfo body)
    {
        var line = lines[index];
        var text = StripDecoration(line.Text);
        var letters = text.Where(char.IsLetter).ToList();
        var allCaps = letters.Count >= 3 && letters.All(c => !char.IsLower(c));
        var larger = line.FontSize is { } size && body.FontSize is { } bodySize && size >= bodySize + 0.9;
        var bold = line.IsBold && !body.Bold;
        var level = line.HeadingLevel is not null;
        var colon = line.Text.TrimEnd().EndsWith(':');
        var standalone = Standalone(lines, index);
        var strong = allCaps || larger || level || (bold && standalone) || colon;
        return new CueInfo(strong || bold || standalone, strong);
    }

    // Set apart from its neighbours: a blank line or a clear vertical gap above, or short lines around.
    private static bool Standalone(IReadOnlyList<DocumentLine> lines, int index)
    {
        if (index == 0 || lines[index - 1].IsBlank || index + 1 >= lines.Count || lines[index + 1].IsBlank)
        {
            return true;
        }

        var previous = lines[index - 1];
        var line = lines[index];
        if (previous.Y is { } py && line.Y is { } y && line.Page == previous.Page && line.FontSize is { } size && y - py > size * 1.9)
        {
            return true;
        }

        return previous.Text.EndsWith('.') || previous.Text.EndsWith(':');
    }

    private static BodyStyleInfo BodyStyle(IReadOnlyList<DocumentLine> lines)
    {
        var weights = new Dictionary<(double?, bool), int>();
        foreach (var line in lines)
        {
            if (line.IsBlank || line.HeadingLevel is not null)
            {
                continue;
            }

            var key = (line.FontSize is { } s ? Math.Round(s * 2) / 2 : (double?)null, line.IsBold);
            weights[key] = weights.GetValueOrDefault(key) + line.Text.Length;
        }

        if (weights.Count == 0)
        {
            return new BodyStyleInfo(null, false, default);
        }

        var ((size, bold), _) = weights.MaxBy(kv => kv.Value);
        return new BodyStyleInfo(size, bold, new LineStyle(size, bold, false, null));
    }

    private static LineStyle Style(DocumentLine line)
    {
        var letters = line.Text.Where(char.IsLetter).ToList();
        var caps = letters.Count >= 3 && letters.All(c => !char.IsLower(c));
        return new LineStyle(line.FontSize is { } s ? Math.Round(s * 2) / 2 : null, line.IsBold, caps, line.HeadingLevel);
    }

    private static string StripDecoration(string text)
    {
        var trimmed = text.Trim().Trim('#', '*', '_', '=', '-', '–', '—', '•', '|', '>', '~', ' ', '\t', '·', '■', '►', '▪', '●');
        return trimmed.TrimEnd(':', ' ').Trim();
    }

    private static bool StartsUpper(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return char.IsUpper(c);
            }
        }

        return false;
    }

    private static int WordCount(string key) => key.Length == 0 ? 0 : key.Count(c => c == ' ') + 1;

    private sealed record Heading(int Line, SectionKind Kind, string Text, string? InlineText, LineStyle Style);

    private readonly record struct LineStyle(double? FontSize, bool Bold, bool Caps, int? Level)
    {
        // A style that can mark headings on its own (not plain body-looking text).
        public bool IsDistinct => Caps || Bold || Level is not null;
    }

    private readonly record struct CueInfo(bool Any, bool Strong);

    private sealed record BodyStyleInfo(double? FontSize, bool Bold, LineStyle Style);
}
