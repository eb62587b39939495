using ResumeFlow.Workflows.Ingestion;

namespace ResumeFlow.Host.Ingestion;

/// <summary>
/// The request body (or a multipart section) as ingestion reads it: a read that fails because the
/// client's body is truncated or malformed surfaces as <see cref="InvalidDataException"/> (a 400),
/// so it is not mistaken for a storage I/O error (a 500).
/// </summary>
internal sealed class ClientBodyStream(Stream inner) : ForwardReadStream(inner)
{
    public override int Read(Span<byte> buffer)
    {
        try
        {
            return Inner.Read(buffer);
        }
        catch (IOException ex)
        {
            throw Malformed(ex);
        }
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        try
        {
            return await Inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            throw Malformed(ex);
        }
    }

    internal static InvalidDataException Malformed(IOException ex) => new("The request body is truncated or malformed: " + ex.Message, ex);
}
