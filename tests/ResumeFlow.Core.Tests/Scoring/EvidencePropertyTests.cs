using System.Text.Json;
using System.Text.RegularExpressions;
using ResumeFlow.Core.Documents;
using ResumeFlow.Core.Jobs;
using ResumeFlow.Core.Scoring;
using ResumeFlow.Core.Sections;
using ResumeFlow.Testing;

namespace ResumeFlow.Core.Tests.Scoring;

/// <summary>
/// Over every sample CV and every resume in ../shared/data scored against every sample job: each piece of evidence
/// is a line of the CV that is neither a heading, a contact line nor a bare date, and the matched and missing skill
/// lists are free of duplicates and share nothing.
/// </summary>
public sealed partial class EvidencePropertyTests
{
    private const int MaxReported = 25;

    [Fact]
    public void Evidence_is_a_cv_line_that_proves_something_and_skill_lists_are_disjoint_for_every_resume_and_job()
    {
        var ct = TestContext.Current.CancellationToken;
        var root = RepositoryPaths.Root ?? throw new InvalidOperationException("The repository root was not found.");
        var data = RepositoryPaths.RequireSharedData(".");
        var jobs = Directory.GetFiles(Path.Combine(root, "samples", "jobs")).Order(StringComparer.Ordinal)
            .Select(f => JobAnalyzer.Analyze(File.ReadAllText(f))).ToList();
        var scorer = new DeterministicScorer(timeProvider: new FixedTimeProvider(new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero)));
        var prepared = jobs.Select(scorer.Prepare).ToList();

        var failures = new List<string>();
        var resumes = 0;
        foreach (var (name, text) in Resumes(root, data, ct))
        {
            resumes++;
            var features = scorer.Extract(new ScoringInput(name, text));
            var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToHashSet(StringComparer.Ordinal);
            var headings = Headings(text);
            foreach (var job in prepared)
            {
                var score = job.Score(features);
                var evidence = score.Criteria.SelectMany(c => c.Evidence).Concat(score.Requirements.Select(r => r.Evidence).OfType<string>());
                foreach (var line in evidence)
                {
                    var problem = !lines.Contains(line.Trim()) ? "not a line of the CV"
                        : headings.Contains(line.Trim().TrimStart('#', ' ').Trim()) || headings.Contains(line.Trim()) ? "a heading"
                        : ContactLine().IsMatch(line) ? "a contact line"
                        : IsBareDate(line) ? "a bare date"
                        : null;
                    if (problem is not null)
                    {
                        failures.Add($"{name} / {job.Job.Title}: evidence \"{line}\" is {problem}");
                    }
                }

                if (score.MatchedSkills.Distinct(StringComparer.OrdinalIgnoreCase).Count() != score.MatchedSkills.Count
                    || score.MissingSkills.Distinct(StringComparer.OrdinalIgnoreCase).Count() != score.MissingSkills.Count
                    || score.MatchedSkills.Intersect(score.MissingSkills, StringComparer.OrdinalIgnoreCase).Any())
                {
                    failures.Add($"{name} / {job.Job.Title}: matched [{string.Join(", ", score.MatchedSkills)}] missing [{string.Join(", ", score.MissingSkills)}]");
                }
            }
        }

        Assert.True(resumes > 800, $"only {resumes} resumes were read");
        Assert.True(failures.Count == 0, $"{failures.Count} problems, e.g.:\n" + string.Join('\n', failures.Take(MaxReported)));
    }

    private static IEnumerable<(string Name, string Text)> Resumes(string root, string data, CancellationToken ct)
    {
        var files = Directory.GetFiles(Path.Combine(root, "samples", "cvs"))
            .Concat(Directory.GetFiles(Path.Combine(data, "resumes-pdf"), "*.pdf", SearchOption.AllDirectories))
            .Concat(Directory.GetFiles(Path.Combine(data, "pdf-docx-pairs")))
            .Concat(Directory.GetFiles(Path.Combine(data, "resume-matcher", "resumes")))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            ct.ThrowIfCancellationRequested();
            string? text;
            try
            {
                text = DocumentExtractor.Default.Extract(File.ReadAllBytes(file), Path.GetFileName(file)).Text;
            }
            catch (DocumentExtractionException)
            {
                // A file that yields no text (scanned, blank) has nothing to score; extraction has its own tests.
                text = null;
            }

            if (text is not null)
            {
                yield return (Path.GetRelativePath(data, file), text);
            }
        }

        var n = 0;
        foreach (var line in File.ReadLines(Path.Combine(data, "rjdb", "dev.jsonl")))
        {
            using var doc = JsonDocument.Parse(line);
            n++;
            yield return ($"rjdb:{n}:matched", doc.RootElement.GetProperty("Resume-matched").GetString()!);
            yield return ($"rjdb:{n}:unmatched", doc.RootElement.GetProperty("Resume-unmatched").GetString()!);
        }
    }

    // A heading with nothing after it ("Skills", "## Experience"); "Languages: C#, Python" shows skills.
    private static HashSet<string> Headings(string text)
    {
        var document = DocumentExtractor.FromText(text);
        return SectionDetector.Detect(document)
            .Where(s => s.Kind is not (SectionKind.Header or SectionKind.Body) && s.StartLine < document.Lines.Count)
            .Select(s => document.Lines[s.StartLine].Text.Trim())
            .Where(h => h.IndexOf(':', StringComparison.Ordinal) is var colon && (colon < 0 || !h[(colon + 1)..].Any(char.IsLetterOrDigit)))
            .ToHashSet(StringComparer.Ordinal);
    }

    // Only month names, "present"-like words, numbers and separators: a date with nothing to prove.
    private static bool IsBareDate(string line) => LetterWords().Matches(line).All(m => DateWord().IsMatch(m.Value));

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex LetterWords();

    [GeneratedRegex(@"^(?:jan\w*|feb\w*|f[ée]v\w*|m[äa]r\w*|mrz|apr\w*|avr\w*|abr\w*|ma[iy]\w*|jun\w*|juin|jul\w*|juil\w*|aug\w*|ao[uû]t|ago\w*|sep\w*|set\w*|o[ck]t\w*|nov\w*|de[cz]\w*|d[ée]c\w*|dic\w*|ene\w*|present|current\w*|now|today|date|ongoing|heute|aktuell|seit|since|from|to|until|bis|von|depuis|actuel\w*|desde|hasta|actualidad|presente|de|du|au|a|al)$", RegexOptions.IgnoreCase)]
    private static partial Regex DateWord();

    [GeneratedRegex(@"[\w.%+\-]+@[\w.\-]+\.[A-Za-z]{2,}|https?://|www\.|linkedin\.com/|github\.com/|\+\d{1,3}[\s\d().\-]{6,}|\(\d{2,4}\)\s*\d{3}|\b\d{3}[\s.\-]\d{3}[\s.\-]\d{4}\b", RegexOptions.IgnoreCase)]
    private static partial Regex ContactLine();
}
