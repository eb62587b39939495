using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace ResumeFlow.Core.Jobs;

/// <summary>Line-level reading of Markdown-like text: headings, bullets, "Key: value" lines.</summary>
internal static partial class TextLines
{
    private static readonly FrozenSet<string> HeadingWords = new[]
    {
        "job", "title", "summary", "description", "overview", "about", "us", "the", "role", "position", "company", "required",
        "preferred", "requirements", "requirement", "qualifications", "qualification", "skills", "skill", "experience",
        "experiences", "responsibilities", "responsibility", "duties", "education", "educational", "background", "personal",
        "information", "info", "details", "contact", "profile", "professional", "work", "employment", "history", "career",
        "objective", "objectives", "certifications", "certification", "certificates", "licenses", "licences", "projects",
        "achievements", "accomplishments", "awards", "honors", "honours", "languages", "interests", "hobbies", "references",
        "volunteer", "volunteering", "training", "courses", "publications", "key", "core", "technical", "soft", "additional",
        "other", "nice", "to", "have", "bonus", "desired", "benefits", "perks", "location", "compensation", "salary", "what",
        "you", "will", "do", "bring", "and", "&", "of", "competencies", "strengths", "highlights", "expertise", "tools",
        "technologies", "academic", "relevant", "selected", "must", "haves", "good", "tasks", "who", "are", "we", "our",
        "offer", "apply", "how", "type", "schedule", "reporting", "minimum", "basic", "essential", "desirable", "functions",
        "essential", "areas", "specialization", "specializations", "abilities", "knowledge", "tech", "stack", "in", "for",
        "a", "an", "your", "", "-", "|",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The heading text when the line is a heading (#, **bold**, "Skills:", "EXPERIENCE"), else null.</summary>
    public static string? Heading(string line)
    {
        var t = line.Trim();
        if (t.Length == 0 || t.Length > 80)
        {
            return null;
        }

        var md = MarkdownHeading().Match(t);
        if (md.Success)
        {
            return md.Groups["h"].Value.Trim().Trim('*', ':', ' ');
        }

        var bold = BoldLine().Match(t);
        if (bold.Success)
        {
            return bold.Groups["h"].Value.Trim().Trim(':', ' ');
        }

        if (IsBullet(t))
        {
            return null;
        }

        var words = t.TrimEnd(':').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (t.EndsWith(':') && words.Length <= 5)
        {
            return t.TrimEnd(':').Trim();
        }

        // A bare "Required Skills" or "EXPERIENCE" line: short, and made only of words headings use.
        if (words.Length <= 5 && words.All(w => HeadingWords.Contains(w.Trim('*', '_', ',', '/'))))
        {
            return t.Trim('*', '_', ':', ' ');
        }

        return null;
    }

    /// <summary>The line without its bullet or list number ("- ", "* ", "1. ", "• ").</summary>
    public static string StripBullet(string line) => Bullet().Replace(line.Trim(), string.Empty).Trim();

    public static bool IsBullet(string line) => Bullet().IsMatch(line.Trim());

    /// <summary>"Key: value" on one line (e.g. "Location: Remote"), when the key is short.</summary>
    public static (string Key, string Value)? KeyValue(string line)
    {
        var m = KeyValuePattern().Match(StripBullet(line));
        return m.Success ? (m.Groups["k"].Value.Trim(), m.Groups["v"].Value.Trim()) : null;
    }

    // "#.Net" or "#3 years" (no space) is a bullet written with '#', not a heading.
    [GeneratedRegex(@"^(?:#{2,6}\s*|#\s+)(?<h>.+)$")]
    private static partial Regex MarkdownHeading();

    [GeneratedRegex(@"^(?:\*\*|__)(?<h>[^*_]{2,60})(?:\*\*|__):?$")]
    private static partial Regex BoldLine();

    [GeneratedRegex(@"^(?:[-*•▪◦●+–·]\s+|[-•▪◦●–·](?=\p{L})|#(?=[^#\s])|\(?\d{1,2}[.)]\s+|\(?[a-z][.)]\s+)")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^\**(?<k>[A-Za-z][A-Za-z /&'-]{1,40}?)\**\s*:\s*\**(?<v>\S.*)$")]
    private static partial Regex KeyValuePattern();
}
