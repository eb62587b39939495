using System.Text.Json;
using ResumeFlow.Core.Documents;
using ResumeFlow.Core.Jobs;
using ResumeFlow.Core.Profiles;
using ResumeFlow.Core.Scoring;
using ResumeFlow.Testing;

namespace ResumeFlow.Core.Tests.Scoring;

public sealed class CandidateFeatureSnapshotTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public void Stored_features_score_every_sample_cv_exactly_as_reading_it_again_does()
    {
        var root = RepositoryPaths.Root ?? throw new InvalidOperationException("repository root not found");
        var scorer = new DeterministicScorer(timeProvider: new FixedTimeProvider(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero)));
        var jobs = Directory.GetFiles(Path.Combine(root, "samples", "jobs")).Select(f => scorer.Prepare(JobAnalyzer.Analyze(File.ReadAllText(f)))).ToList();
        var compared = 0;
        foreach (var file in Directory.GetFiles(Path.Combine(root, "samples", "cvs")).Order(StringComparer.Ordinal))
        {
            var text = DocumentExtractor.Default.Extract(File.ReadAllBytes(file), Path.GetFileName(file)).Text;
            var profile = ProfileBuilder.Build(text, new YearMonth(2026, 11));
            var read = scorer.Extract(new ScoringInput("c", text, profile));

            // Stored as JSON and read back, as screening reads it from the artifact store.
            var stored = JsonSerializer.Deserialize<CandidateFeatureSnapshot>(JsonSerializer.Serialize(read.ToSnapshot(), Json), Json)!;
            var restored = CandidateFeatures.FromSnapshot("c", profile, stored);

            foreach (var job in jobs)
            {
                Assert.Equal(JsonSerializer.Serialize(job.Score(read), Json), JsonSerializer.Serialize(job.Score(restored), Json));
                compared++;
            }
        }

        Assert.Equal(12 * 3, compared);
    }

    [Fact]
    public void A_snapshot_keeps_each_line_its_terms_and_whether_it_is_evidence()
    {
        var text = "Jane Roe\njane@example.com\n\nExperience\nBackend Engineer, Acme — Jan 2020 – Present\nBuilt payment services in C# and PostgreSQL\n\nSkills\nC#, Docker";
        var features = new DeterministicScorer().Extract(new ScoringInput("c", text));

        var snapshot = features.ToSnapshot();

        Assert.Equal(snapshot.Lines.Count, snapshot.LineTerms.Count);
        Assert.Equal(snapshot.Lines.Count, snapshot.Usable.Count);
        Assert.False(snapshot.Usable[snapshot.Lines.ToList().IndexOf("jane@example.com")]);
        Assert.Contains("postgresql", snapshot.LineTerms[snapshot.Lines.ToList().FindIndex(l => l.StartsWith("Built", StringComparison.Ordinal))]);
        Assert.Single(snapshot.Experience);
        Assert.NotNull(snapshot.ListedSkills);
    }
}
