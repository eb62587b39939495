using ResumeFlow.Workflows.Ingestion;

namespace ResumeFlow.Workflows.Tests.Ingestion;

/// <summary>A request body as the host sees it: forward-only, its length unknown; tells how far it was read.</summary>
internal sealed class NonSeekableStream(Stream inner) : ForwardReadStream(inner)
{
    /// <summary>How far the body was read (readable for assertions, not settable).</summary>
    public override long Position
    {
        get => Inner.Position;
        set => throw new NotSupportedException();
    }

    public override int Read(Span<byte> buffer) => Inner.Read(buffer);

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => Inner.ReadAsync(buffer, cancellationToken);
}
