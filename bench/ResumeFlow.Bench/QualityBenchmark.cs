using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ResumeFlow.Core.Jobs;
using ResumeFlow.Core.Scoring;

namespace ResumeFlow.Bench;

/// <summary>
/// Ranking quality of the deterministic scorer on rjdb-format JSONL (one job description with a matched and an
/// unmatched resume per line): pairwise accuracy (matched above unmatched for the same job), then every resume
/// of the file ranked against every job (top-1 and MRR of that job's matched resume). BM25 alone over the same
/// resumes is the baseline. Only the job and resume texts are read; the generation labels are ignored.
/// </summary>
internal sealed class QualityBenchmark : IBenchmark
{
    public string Name => "quality";

    public string Description => "scorer ranking quality on rjdb-format JSONL (--data file) against BM25";

    public Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var path = Option(args, "--data") ?? DefaultDataPath();
        var verbose = args.Contains("--verbose");
        if (path is null || !File.Exists(path))
        {
            Console.Error.WriteLine($"data_not_found: {path ?? "../shared/data/rjdb/dev.jsonl"} does not exist (pass --data <file.jsonl>).");
            return Task.FromResult(2);
        }

        var lines = Read(path, out var skipped);
        Console.WriteLine($"quality: {lines.Count} lines from {path}{(skipped > 0 ? $" ({skipped} skipped: missing fields)" : "")}");
        if (lines.Count == 0)
        {
            Console.Error.WriteLine("data_empty: no usable lines.");
            return Task.FromResult(2);
        }

        var clock = Stopwatch.StartNew();
        var scorer = new DeterministicScorer();
        var resumes = lines.SelectMany(l => new[] { l.Matched, l.Unmatched }).ToList();
        var features = resumes.Select((text, i) => scorer.Extract(new ScoringInput(ResumeId(i), text))).ToList();
        var jobs = lines.Select(l => JobAnalyzer.Analyze(l.Job)).ToList();
        var bm25 = Bm25Index.Build(resumes);
        Console.WriteLine($"prepared {resumes.Count} resumes and {jobs.Count} jobs in {clock.Elapsed.TotalSeconds:0.00}s");

        var pairwise = 0.0;
        var bmPairwise = 0.0;
        var top1 = 0;
        var bmTop1 = 0;
        var mrr = 0.0;
        var bmMrr = 0.0;
        for (var j = 0; j < jobs.Count; j++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var jobScorer = scorer.Prepare(jobs[j]);
            var scores = features.Select(jobScorer.Score).ToList();
            var matched = scores[2 * j];
            var unmatched = scores[(2 * j) + 1];
            pairwise += Compare(matched.Score, unmatched.Score);
            var rank = CandidateRanking.Rank(scores).ToList().FindIndex(s => s.CandidateId == matched.CandidateId) + 1;
            top1 += rank == 1 ? 1 : 0;
            mrr += 1.0 / rank;

            var bm = bm25.ScoreAll(lines[j].Job);
            bmPairwise += Compare(bm[2 * j], bm[(2 * j) + 1]);
            var bmRank = 1 + bm.Where((s, i) => s > bm[2 * j] || (s == bm[2 * j] && i < 2 * j)).Count();
            bmTop1 += bmRank == 1 ? 1 : 0;
            bmMrr += 1.0 / bmRank;

            if (verbose && (rank > 1 || matched.Score <= unmatched.Score))
            {
                var winner = CandidateRanking.Rank(scores)[0];
                Console.WriteLine($"  line {j + 1}: matched {matched.Score:0.0} unmatched {unmatched.Score:0.0} rank {rank} (top {winner.CandidateId} {winner.Score:0.0}) {jobs[j].Title}");
                Console.WriteLine("    matched:   " + string.Join(" ", matched.Criteria.Select(c => $"{c.Name}={c.Score:0}")));
                Console.WriteLine("    unmatched: " + string.Join(" ", unmatched.Criteria.Select(c => $"{c.Name}={c.Score:0}")));
                if (winner.CandidateId != matched.CandidateId)
                {
                    Console.WriteLine("    top:       " + string.Join(" ", winner.Criteria.Select(c => $"{c.Name}={c.Score:0}")));
                }
            }

            if ((j + 1) % 50 == 0)
            {
                Console.WriteLine($"  {j + 1}/{jobs.Count} jobs ranked, {clock.Elapsed.TotalSeconds:0.0}s");
            }
        }

        var n = jobs.Count;
        Console.WriteLine($"scorer: pairwise {pairwise / n:0.000} top1 {top1 / (double)n:0.000} mrr {mrr / n:0.000}");
        Console.WriteLine($"bm25:   pairwise {bmPairwise / n:0.000} top1 {bmTop1 / (double)n:0.000} mrr {bmMrr / n:0.000}");
        Console.WriteLine($"elapsed {clock.Elapsed.TotalSeconds:0.0}s, {resumes.Count} resumes x {n} jobs, peak {BenchOutput.PeakMegabytes()} MB");
        BenchOutput.Result(new
        {
            pairs = n,
            pairwise = Round(pairwise / n),
            top1 = Round(top1 / (double)n),
            mrr = Round(mrr / n),
            bm25_pairwise = Round(bmPairwise / n),
            bm25_top1 = Round(bmTop1 / (double)n),
            bm25_mrr = Round(bmMrr / n),
            resumes = resumes.Count,
            seconds = Math.Round(clock.Elapsed.TotalSeconds, 2),
        });
        return Task.FromResult(0);
    }

    private static string ResumeId(int index) => (index % 2 == 0 ? "m" : "u") + (index / 2).ToString("D5", CultureInfo.InvariantCulture);

    // A tie is half right: ranking by a tied score is a coin toss.
    private static double Compare(double matched, double unmatched) => matched > unmatched ? 1 : matched == unmatched ? 0.5 : 0;

    private static double Round(double v) => Math.Round(v, 4);

    private static List<(string Job, string Matched, string Unmatched)> Read(string path, out int skipped)
    {
        var result = new List<(string, string, string)>();
        skipped = 0;
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            if (Text(root, "Job-Description") is { } job && Text(root, "Resume-matched") is { } matched && Text(root, "Resume-unmatched") is { } unmatched)
            {
                result.Add((job, matched, unmatched));
            }
            else
            {
                skipped++;
            }
        }

        return result;
    }

    private static string? Text(JsonElement root, string name)
        => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString()) ? v.GetString() : null;

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static string? DefaultDataPath()
        => RepositoryRoot.Find() is { } root ? Path.GetFullPath(Path.Combine(root, "..", "shared", "data", "rjdb", "dev.jsonl")) : null;
}
