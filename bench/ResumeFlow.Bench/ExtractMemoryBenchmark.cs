using System.Diagnostics;
using System.Globalization;
using System.Text;
using ResumeFlow.Core.Documents;

namespace ResumeFlow.Bench;

/// <summary>
/// What one extraction costs in managed allocations and time, in this process: the way ingestion
/// reads a stored file now (<see cref="DocumentExtractor.Extract(Stream, string, ExtractionLimits?)"/>
/// on the stored file: PDF through a memory map) against the baseline of the same run, the way it
/// read it before (the file copied into a growing MemoryStream, then <c>ToArray()</c>, then parsed
/// from the byte array). Files: the load benchmark's memory probe (a PDF header and 20 MB of nothing,
/// which PdfPig searches whole) and the PDFs of a folder (default samples/cvs).
/// </summary>
internal sealed class ExtractMemoryBenchmark : IBenchmark
{
    public string Name => "extract-memory";

    public string Description => "allocations and time of extracting a stored file in place vs read into memory first [--folder samples/cvs] [--repeat 5]";

    public Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var root = RepositoryRoot.Find() ?? Directory.GetCurrentDirectory();
        var folderAt = Array.IndexOf(args, "--folder");
        var folder = folderAt >= 0 && folderAt + 1 < args.Length ? args[folderAt + 1] : Path.Combine(root, "samples", "cvs");
        var repeatAt = Array.IndexOf(args, "--repeat");
        var repeat = repeatAt >= 0 && repeatAt + 1 < args.Length ? int.Parse(args[repeatAt + 1], CultureInfo.InvariantCulture) : 5;

        var probe = Path.Combine(Path.GetTempPath(), "resumeflow-extract-probe-" + Guid.NewGuid().ToString("N") + ".pdf");
        var body = new byte[ExtractionLimits.DefaultMaxFileBytes - 1024];
        Encoding.ASCII.GetBytes("%PDF-1.7 memory probe").CopyTo(body, 0);
        File.WriteAllBytes(probe, body);
        try
        {
            var probeBefore = Measure(() => InMemory(probe), 1);
            var probeNow = Measure(() => InPlace(probe), 1);
            Console.WriteLine($"  probe (20 MB, no objects): read into memory {probeBefore}; in place {probeNow}");

            var pdfs = Directory.EnumerateFiles(folder, "*.pdf", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
            var cvsBefore = Measure(() => pdfs.ForEach(f => InMemory(f)), repeat);
            var cvsNow = Measure(() => pdfs.ForEach(f => InPlace(f)), repeat);
            Console.WriteLine($"  {pdfs.Count} PDFs of {folder} x{repeat}: read into memory {cvsBefore}; in place {cvsNow}");
            BenchOutput.Result(new
            {
                probe_mb_allocated_in_memory = probeBefore.Megabytes,
                probe_mb_allocated_in_place = probeNow.Megabytes,
                probe_alloc_ratio = Math.Round(probeNow.Megabytes / Math.Max(probeBefore.Megabytes, 0.001), 2),
                probe_seconds_in_memory = probeBefore.Seconds,
                probe_seconds_in_place = probeNow.Seconds,
                pdfs = pdfs.Count,
                pdfs_mb_allocated_in_memory = cvsBefore.Megabytes,
                pdfs_mb_allocated_in_place = cvsNow.Megabytes,
                pdfs_seconds_in_memory = cvsBefore.Seconds,
                pdfs_seconds_in_place = cvsNow.Seconds,
                pdfs_time_ratio = Math.Round(cvsNow.Seconds / Math.Max(cvsBefore.Seconds, 0.001), 2),
            });
            return Task.FromResult(0);
        }
        finally
        {
            File.Delete(probe);
        }
    }

    /// <summary>The old activity: the stored file copied into memory whole, then parsed from the bytes.</summary>
    private static void InMemory(string path)
    {
        using var file = File.OpenRead(path);
        using var buffer = new MemoryStream();
        file.CopyTo(buffer, 81920);
        Extract(() => DocumentExtractor.Default.Extract(buffer.ToArray(), Path.GetFileName(path)));
    }

    /// <summary>The activity now: the stored file parsed where it lies.</summary>
    private static void InPlace(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan);
        Extract(() => DocumentExtractor.Default.Extract(file, Path.GetFileName(path)));
    }

    private static void Extract(Func<ExtractedDocument> extract)
    {
        try
        {
            extract();
        }
        catch (DocumentExtractionException)
        {
            // The probe is not a readable PDF; its cost is what is measured.
        }
    }

    private static Cost Measure(Action run, int repeat)
    {
        run(); // JIT and page cache warm for both sides alike.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < repeat; i++)
        {
            run();
        }

        return new Cost(
            Math.Round((GC.GetTotalAllocatedBytes(precise: true) - before) / (1024.0 * 1024.0) / repeat, 1),
            Math.Round(watch.Elapsed.TotalSeconds / repeat, 2));
    }

    private sealed record Cost(double Megabytes, double Seconds)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Megabytes:F1} MB allocated, {Seconds:F2} s");
    }
}
