using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ResumeFlow.Workflows.Reports;

namespace ResumeFlow.Workflows.Screening;

/// <summary>
/// Screening ids derived from what is screened: the job id, the sorted candidate ids and the
/// options. The same request always names the same screening (and orchestration instance), which is
/// what lets an interrupted CLI run resume instead of starting over.
/// </summary>
public static class ScreeningIds
{
    /// <summary>An id that can name a document (no path or URL delimiters, no control characters, ≤ 255 chars).</summary>
    public static bool IsValid(string? id) =>
        id is { Length: > 0 and <= 255 } && id.AsSpan().IndexOfAny("/\\?#") < 0 && !id.Any(char.IsControl);

    public const string Prefix = "scr-";

    public static string For(string jobId, IEnumerable<string> candidateIds, ScreeningOptions options)
    {
        ArgumentNullException.ThrowIfNull(jobId);
        ArgumentNullException.ThrowIfNull(candidateIds);
        ArgumentNullException.ThrowIfNull(options);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes("job\n" + jobId + "\ncandidates\n"));
        foreach (var id in candidateIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(id + "\n"));
        }

        hash.AppendData(Encoding.UTF8.GetBytes("options\n"));
        hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(options, ScreeningJson.Options));
        return Prefix + Convert.ToHexStringLower(hash.GetHashAndReset())[..24];
    }
}
