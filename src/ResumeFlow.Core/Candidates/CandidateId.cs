using System.Security.Cryptography;

namespace ResumeFlow.Core.Candidates;

/// <summary>Candidate ids: the SHA-256 of the file's bytes as 64 lower-case hex characters.</summary>
public static class CandidateId
{
    public static string FromContent(ReadOnlySpan<byte> content)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(content, hash);
        return Convert.ToHexStringLower(hash);
    }

    public static async Task<string> FromStreamAsync(Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var hash = await SHA256.HashDataAsync(content, cancellationToken).ConfigureAwait(false);
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>Whether <paramref name="id"/> has the shape of a candidate id.</summary>
    public static bool IsValid(string? id)
        => id is { Length: 64 } && id.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));
}
