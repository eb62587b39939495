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
/// <c>--folds K</c> also ranks K fixed contiguous folds of the file each on its own and reports every fold, the mean
/// and a 95 % bootstrap interval, BM25 beside: a change that helps one fold and hurts another shows.
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

        var folds = int.TryParse(Option(args, "--folds"), NumberStyles.None, CultureInfo.InvariantCulture, out var k) ? k : 1;
        if (folds < 1 || folds > lines.Count)
        {
            Console.Error.WriteLine($"folds_invalid: --folds must be between 1 and {lines.Count}.");
            return Task.FromResult(2);
        }

        var clock = Stopwatch.StartNew();
        var scorer = new DeterministicScorer();
        var resumes = lines.SelectMany(l => new[] { l.Matched, l.Unmatched }).ToList();
        var features = resumes.Select((text, i) => scorer.Extract(new ScoringInput(ResumeId(i), text))).ToList();
        var jobs = lines.Select(l => scorer.Prepare(JobAnalyzer.Analyze(l.Job))).ToList();
        Console.WriteLine($"prepared {resumes.Count} resumes and {jobs.Count} jobs in {clock.Elapsed.TotalSeconds:0.00}s");

        var all = Evaluate(Enumerable.Range(0, lines.Count).ToList(), lines, features, jobs, verbose, cancellationToken);
        Console.WriteLine($"scorer: pairwise {all.Pairwise:0.000} top1 {all.Top1:0.000} mrr {all.Mrr:0.000}");
        Console.WriteLine($"bm25:   pairwise {all.Bm25Pairwise:0.000} top1 {all.Bm25Top1:0.000} mrr {all.Bm25Mrr:0.000}");

        // Fixed contiguous folds (the file's order, never shuffled): each fold is ranked on its own, as an unseen window would be.
        var foldResults = new List<Figures>();
        var outcomes = new List<Outcome>();
        for (var f = 0; f < folds && folds > 1; f++)
        {
            var from = f * lines.Count / folds;
            var to = (f + 1) * lines.Count / folds;
            var figures = Evaluate(Enumerable.Range(from, to - from).ToList(), lines, features, jobs, verbose: false, cancellationToken);
            foldResults.Add(figures);
            outcomes.AddRange(figures.Outcomes);
            Console.WriteLine($"fold {f + 1}/{folds} (lines {from + 1}-{to}): pairwise {figures.Pairwise:0.000} top1 {figures.Top1:0.000} | bm25 pairwise {figures.Bm25Pairwise:0.000} top1 {figures.Bm25Top1:0.000}");
        }

        var n = jobs.Count;
        Console.WriteLine($"elapsed {clock.Elapsed.TotalSeconds:0.0}s, {resumes.Count} resumes x {n} jobs, peak {BenchOutput.PeakMegabytes()} MB");
        var result = new Dictionary<string, object>
        {
            ["pairs"] = n,
            ["pairwise"] = Round(all.Pairwise),
            ["top1"] = Round(all.Top1),
            ["mrr"] = Round(all.Mrr),
            ["bm25_pairwise"] = Round(all.Bm25Pairwise),
            ["bm25_top1"] = Round(all.Bm25Top1),
            ["bm25_mrr"] = Round(all.Bm25Mrr),
        };

        if (foldResults.Count > 0)
        {
            result["folds"] = folds;
            AddFoldFigures(result, "fold_pairwise", foldResults.Select(r => r.Pairwise), outcomes.Select(o => o.Pairwise));
            AddFoldFigures(result, "fold_top1", foldResults.Select(r => r.Top1), outcomes.Select(o => o.Top1));
            AddFoldFigures(result, "bm25_fold_pairwise", foldResults.Select(r => r.Bm25Pairwise), outcomes.Select(o => o.Bm25Pairwise));
            AddFoldFigures(result, "bm25_fold_top1", foldResults.Select(r => r.Bm25Top1), outcomes.Select(o => o.Bm25Top1));
            Console.WriteLine($"folds: pairwise mean {result["fold_pairwise_mean"]} ci95 {Format(result["fold_pairwise_ci95"])}, top1 mean {result["fold_top1_mean"]} ci95 {Format(result["fold_top1_ci95"])}");
        }

        result["resumes"] = resumes.Count;
        result["seconds"] = Math.Round(clock.Elapsed.TotalSeconds, 2);
        BenchOutput.Result(result);
        return Task.FromResult(0);
    }

    // The mean of the folds' figures, each fold's figure, and a 95 % percentile bootstrap interval of that mean
    // from resampling the per-job outcomes (fixed seed, so the same data always gives the same interval).
    private static void AddFoldFigures(Dictionary<string, object> result, string name, IEnumerable<double> perFold, IEnumerable<double> perJob)
    {
        var folds = perFold.ToList();
        var outcomes = perJob.ToArray();
        result[name + "_mean"] = Round(folds.Average());
        result[name + "_ci95"] = Bootstrap(outcomes);
        result[name + "_folds"] = folds.Select(Round).ToList();
    }

    private static double[] Bootstrap(double[] outcomes)
    {
        const int Samples = 2000;
        var random = new Random(20261129);
        var means = new double[Samples];
        for (var s = 0; s < Samples; s++)
        {
            var sum = 0.0;
            for (var i = 0; i < outcomes.Length; i++)
            {
                sum += outcomes[random.Next(outcomes.Length)];
            }

            means[s] = sum / outcomes.Length;
        }

        Array.Sort(means);
        return [Round(means[(int)(Samples * 0.025)]), Round(means[(int)(Samples * 0.975) - 1])];
    }

    private static string Format(object ci) => ci is double[] pair ? $"[{pair[0]:0.000}, {pair[1]:0.000}]" : ci.ToString() ?? string.Empty;

    /// <summary>Ranks the resumes of the given lines against each of their jobs: scorer and BM25 side by side.</summary>
    private static Figures Evaluate(
        List<int> lineIndexes,
        List<(string Job, string Matched, string Unmatched)> lines,
        List<CandidateFeatures> features,
        List<JobScorer> jobs,
        bool verbose,
        CancellationToken cancellationToken)
    {
        var resumeIndexes = lineIndexes.SelectMany(j => new[] { 2 * j, (2 * j) + 1 }).ToList();
        var bm25 = Bm25Index.Build(resumeIndexes.Select(i => i % 2 == 0 ? lines[i / 2].Matched : lines[i / 2].Unmatched));
        var outcomes = new List<Outcome>(lineIndexes.Count);
        foreach (var j in lineIndexes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var scores = resumeIndexes.Select(i => jobs[j].Score(features[i])).ToList();
            var local = resumeIndexes.IndexOf(2 * j);
            var matched = scores[local];
            var unmatched = scores[local + 1];
            var ranked = CandidateRanking.Rank(scores);
            var rank = ranked.ToList().FindIndex(s => s.CandidateId == matched.CandidateId) + 1;

            var bm = bm25.ScoreAll(lines[j].Job);
            var bmRank = 1 + bm.Where((s, i) => s > bm[local] || (s == bm[local] && i < local)).Count();
            outcomes.Add(new Outcome(Compare(matched.Score, unmatched.Score), rank == 1 ? 1 : 0, 1.0 / rank, Compare(bm[local], bm[local + 1]), bmRank == 1 ? 1 : 0, 1.0 / bmRank));

            if (verbose && (rank > 1 || matched.Score <= unmatched.Score))
            {
                var winner = ranked[0];
                Console.WriteLine($"  line {j + 1}: matched {matched.Score:0.0} unmatched {unmatched.Score:0.0} rank {rank} (top {winner.CandidateId} {winner.Score:0.0}) {jobs[j].Job.Title}");
                Console.WriteLine("    matched:   " + string.Join(" ", matched.Criteria.Select(c => $"{c.Name}={c.Score:0}")));
                Console.WriteLine("    unmatched: " + string.Join(" ", unmatched.Criteria.Select(c => $"{c.Name}={c.Score:0}")));
                if (winner.CandidateId != matched.CandidateId)
                {
                    Console.WriteLine("    top:       " + string.Join(" ", winner.Criteria.Select(c => $"{c.Name}={c.Score:0}")));
                }
            }
        }

        return new Figures(outcomes);
    }

    private sealed record Outcome(double Pairwise, double Top1, double Rr, double Bm25Pairwise, double Bm25Top1, double Bm25Rr);

    private sealed record Figures(List<Outcome> Outcomes)
    {
        public double Pairwise => Outcomes.Average(o => o.Pairwise);

        public double Top1 => Outcomes.Average(o => o.Top1);

        public double Mrr => Outcomes.Average(o => o.Rr);

        public double Bm25Pairwise => Outcomes.Average(o => o.Bm25Pairwise);

        public double Bm25Top1 => Outcomes.Average(o => o.Bm25Top1);

        public double Bm25Mrr => Outcomes.Average(o => o.Bm25Rr);
    }

    private static string ResumeId(int index) => (index % 2 == 0 ? "m" : "u") + (index / 2).ToString("D5", CultureInfo.InvariantCulture);

    // A tie is half right: ranking by a tied score is a coin toss.
    private static double Compare(double matched, double unmatched) => matched > unmatched ? 1 : matched == unmatched ? 0.5 : 0;

    private static double Round(double v) => Math.Round(v, 4);

    internal static List<(string Job, string Matched, string Unmatched)> Read(string path, out int skipped)
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

    internal static string? DefaultDataPath()
        => RepositoryRoot.Find() is { } root ? Path.GetFullPath(Path.Combine(root, "..", "shared", "data", "rjdb", "dev.jsonl")) : null;
}
