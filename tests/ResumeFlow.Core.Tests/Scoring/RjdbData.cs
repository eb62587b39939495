using System.Text.Json;
using ResumeFlow.Testing;

namespace ResumeFlow.Core.Tests.Scoring;

/// <summary>The rjdb development set in ../shared/data (job + matched + unmatched resume per line); skips the test when absent.</summary>
internal static class RjdbData
{
    public static IReadOnlyList<(string Job, string Matched, string Unmatched)> Lines(CancellationToken cancellationToken, int take = int.MaxValue)
    {
        var path = RepositoryPaths.RequireSharedData(Path.Combine("rjdb", "dev.jsonl"));
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
}
