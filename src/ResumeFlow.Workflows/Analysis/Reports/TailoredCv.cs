using System.Text;
using ResumeFlow.Core.Sections;

namespace ResumeFlow.Workflows.Analysis.Reports;

/// <summary>
/// Reassembles the CV from its sections with the supported suggestions applied (reordered lines, rephrased lines,
/// a "Key skills" line of keywords the CV already shows). Unsupported suggestions are dropped and counted.
/// </summary>
public sealed record TailoredCv(string Markdown, IReadOnlyList<AnalysisSuggestion> Applied, int Dropped)
{
    public static TailoredCv Build(string cvText, IReadOnlyList<ResumeSection> sections, IEnumerable<AnalysisSuggestion> suggestions)
    {
        ArgumentNullException.ThrowIfNull(sections);
        ArgumentNullException.ThrowIfNull(suggestions);
        var all = suggestions.ToList();
        var supported = all.Where(s => SectionAnalyzer.IsSupported(s, cvText)).ToList();
        var applied = new List<AnalysisSuggestion>();
        var builder = new StringBuilder();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var section in sections)
        {
            var name = AnalysisSections.All.FirstOrDefault(n => AnalysisSections.KindsOf(n).Contains(section.Kind) && used.Add(n));
            var lines = SectionAnalyzer.Lines(section.Text);
            var mine = name is null ? [] : supported.Where(s => s.Section == name).ToList();
            foreach (var s in mine.Where(s => s.Kind == SuggestionKind.Rephrase))
            {
                var at = lines.FindIndex(l => Same(l, s.Evidence));
                if (at >= 0)
                {
                    lines[at] = s.Text.Trim();
                    applied.Add(s);
                }
            }

            foreach (var s in mine.Where(s => s.Kind == SuggestionKind.Reorder))
            {
                var at = lines.FindIndex(l => Same(l, s.Evidence));
                if (at > 0)
                {
                    var line = lines[at];
                    lines.RemoveAt(at);
                    lines.Insert(0, line);
                    applied.Add(s);
                }
            }

            var keywords = mine.Where(s => s.Kind == SuggestionKind.AddKeyword).DistinctBy(s => s.Text, StringComparer.OrdinalIgnoreCase).ToList();
            if (keywords.Count > 0)
            {
                lines.Add("Key skills: " + string.Join(", ", keywords.Select(k => k.Text.Trim())));
                applied.AddRange(keywords);
            }

            if (section.Heading.Length > 0)
            {
                builder.Append("## ").Append(section.Heading.Trim()).Append("\n\n");
            }

            foreach (var line in lines)
            {
                builder.Append(line).Append("  \n");
            }

            builder.Append('\n');
        }

        return new TailoredCv(builder.ToString().TrimEnd() + "\n", applied, all.Count - supported.Count);
    }

    private static bool Same(string line, string evidence) =>
        string.Equals(line.Trim(), evidence.Trim(), StringComparison.OrdinalIgnoreCase)
        || (evidence.Trim().Length >= 8 && line.Contains(evidence.Trim(), StringComparison.OrdinalIgnoreCase));
}
