using System.Security.Cryptography;
using ResumeFlow.Core.Documents;

namespace ResumeFlow.Workflows.Ingestion;

/// <summary>
/// Reads an upload once on its way to storage: hashes it (the candidate id) and counts it, failing
/// with file_too_large as soon as the limit is passed, so an oversized upload is never read whole.
/// </summary>
internal sealed class HashingLimitStream(Stream inner, long maxBytes) : ForwardReadStream(inner)
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public long BytesRead { get; private set; }

    /// <summary>The candidate id of everything read so far (call once, at the end).</summary>
    public string CandidateId() => Convert.ToHexStringLower(_hash.GetHashAndReset());

    public override int Read(Span<byte> buffer) => Count(buffer[..Inner.Read(buffer)]);

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await Inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        return Count(buffer.Span[..read]);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _hash.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Count(ReadOnlySpan<byte> read)
    {
        BytesRead += read.Length;
        if (BytesRead > maxBytes)
        {
            throw new IngestionFailedException(DocumentErrorCodes.FileTooLarge, $"The upload is larger than {maxBytes:N0} bytes and was not stored.");
        }

        _hash.AppendData(read);
        return read.Length;
    }
}
