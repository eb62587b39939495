using System.Text.Json;

namespace ResumeFlow.Core.Tests.Scoring;

/// <summary>The rjdb development set in ../shared/data (job + matched + unmatched resume per line); skips the test when absent.</summary>
internal static class RjdbData
{
    public static IReadOnlyList<(string Job, string Matched, string Unmatched)> Lines(CancellationToken cancellationToken, int take = int.MaxValue)
    {
        var path = Locate();
        if (path is null)
        {
            Assert.Skip("../shared/data/rjdb/dev.jsonl is not present next to the repository; data-driven test skipped.");
        }

        var result = new List<(string, string, string)>();
        foreach (var line in File.ReadLines(path))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (result.Count >= take)
            {
                break;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            result.Add((root.GetProperty("Job-Description").GetString()!, root.GetProperty("Resume-matched").GetString()!, root.GetProperty("Resume-unmatched").GetString()!));
        }

        return result;
    }

    private static string? Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Functions.sln")))
            {
                var path = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data", "rjdb", "dev.jsonl"));
                return File.Exists(path) ? path : null;
            }
        }

        return null;
    }
}
