using System.Diagnostics;
using System.Globalization;
using ResumeFlow.Core.Documents;
using ResumeFlow.Core.Profiles;
using ResumeFlow.Core.Sections;

namespace ResumeFlow.Bench;

/// <summary>
/// CV ingestion throughput: every PDF of a folder through extraction (PdfPig with layout analysis
/// and the hidden-text check), section detection and the deterministic profile, one after another
/// on one thread. Baseline in the same run: poppler's <c>pdftotext</c> on the same files (text only,
/// one process per file, as a command-line extractor is used); installed with apt-get when missing.
/// </summary>
internal sealed class IngestBenchmark : IBenchmark
{
    public string Name => "ingest";

    public string Description => "CV ingestion (extract + sections + profile) of every PDF vs pdftotext [--data folder] [--limit N]";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var folder = Option(args, "--data") ?? Path.Combine("..", "shared", "data", "resumes-pdf");
        var limit = Option(args, "--limit") is { } l ? int.Parse(l, CultureInfo.InvariantCulture) : int.MaxValue;
        if (!Directory.Exists(folder))
        {
            Console.Error.WriteLine($"ingest: data folder '{folder}' not found (pass --data ../shared/data/resumes-pdf)");
            return 2;
        }

        var files = Directory.GetFiles(folder, "*.pdf", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Take(limit).ToList();
        var contents = files.Select(File.ReadAllBytes).ToList();
        Console.WriteLine($"ingest: {files.Count} PDFs ({contents.Sum(c => (long)c.Length) / 1024} KB) from {Path.GetFullPath(folder)}; processors: {Environment.ProcessorCount}");

        // Warm-up (JIT, lexicon, regexes), not measured.
        for (var i = 0; i < Math.Min(5, files.Count); i++)
        {
            Ingest(contents[i], files[i]);
        }

        var asOf = new YearMonth(2025, 1);
        var sectionsOk = 0;
        var failed = 0;
        var jobs = 0;
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < files.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                var (sections, profile) = Ingest(contents[i], files[i], asOf);
                sectionsOk += sections >= 3 ? 1 : 0;
                jobs += profile.WorkHistory.Count;
            }
            catch (DocumentExtractionException ex)
            {
                failed++;
                Console.WriteLine($"  {Path.GetFileName(files[i])}: {ex.ErrorCode}");
            }

            if ((i + 1) % 60 == 0)
            {
                Console.WriteLine($"  ingested {i + 1}/{files.Count} in {watch.Elapsed.TotalSeconds:F1} s");
            }
        }

        watch.Stop();
        var docsPerSecond = files.Count / watch.Elapsed.TotalSeconds;
        Console.WriteLine($"resumeflow: {files.Count} docs in {watch.Elapsed.TotalSeconds:F2} s = {docsPerSecond:F1} docs/s; {sectionsOk} with >= 3 sections; {jobs} jobs; {failed} failed");

        double? baseline = null;
        var pdftotext = await FindOrInstallPdftotextAsync(cancellationToken);
        if (pdftotext is null)
        {
            Console.WriteLine("pdftotext: not available and could not be installed (apt-get install -y poppler-utils failed); ratio skipped");
        }
        else
        {
            await RunPdftotextAsync(pdftotext, files[0], cancellationToken);
            var baseWatch = Stopwatch.StartNew();
            foreach (var file in files)
            {
                await RunPdftotextAsync(pdftotext, file, cancellationToken);
            }

            baseWatch.Stop();
            baseline = files.Count / baseWatch.Elapsed.TotalSeconds;
            Console.WriteLine($"pdftotext ({pdftotext}): {files.Count} docs in {baseWatch.Elapsed.TotalSeconds:F2} s = {baseline:F1} docs/s");
        }

        BenchOutput.Result(new Dictionary<string, object?>
        {
            ["docs"] = files.Count,
            ["docs_per_sec"] = Math.Round(docsPerSecond, 2),
            ["pdftotext_docs_per_sec"] = baseline is null ? null : Math.Round(baseline.Value, 2),
            ["ratio_to_pdftotext"] = baseline is null ? null : Math.Round(docsPerSecond / baseline.Value, 3),
            ["sections_ok_ratio"] = Math.Round((double)sectionsOk / files.Count, 4),
            ["peak_mb"] = BenchOutput.PeakMegabytes(),
        });
        return 0;
    }

    private static (int Sections, CandidateProfile Profile) Ingest(byte[] content, string path, YearMonth? asOf = null)
    {
        var document = DocumentExtractor.Default.Extract(content, Path.GetFileName(path));
        var sections = SectionDetector.Detect(document);
        var profile = ProfileBuilder.Build(document, sections, asOf ?? new YearMonth(2025, 1));
        return (sections.Count(s => s.Kind is not (SectionKind.Header or SectionKind.Body)), profile);
    }

    private static async Task<string?> FindOrInstallPdftotextAsync(CancellationToken cancellationToken)
    {
        if (FindOnPath("pdftotext") is { } found)
        {
            return found;
        }

        Console.WriteLine("pdftotext: not on PATH; trying apt-get install -y poppler-utils");
        try
        {
            var install = new ProcessStartInfo("apt-get", "install -y -q poppler-utils") { RedirectStandardOutput = true, RedirectStandardError = true };
            install.Environment["DEBIAN_FRONTEND"] = "noninteractive";
            using var process = Process.Start(install)!;
            await process.StandardOutput.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            Console.WriteLine($"pdftotext: apt-get is not available ({ex.Message})");
        }

        return FindOnPath("pdftotext");
    }

    private static async Task RunPdftotextAsync(string pdftotext, string file, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(pdftotext) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-q");
        start.ArgumentList.Add(file);
        start.ArgumentList.Add("-");
        using var process = Process.Start(start)!;
        await process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
    }

    private static string? FindOnPath(string name)
        => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
