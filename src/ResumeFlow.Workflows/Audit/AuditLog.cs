using System.Text.Json;
using ResumeFlow.Storage.Documents;

namespace ResumeFlow.Workflows.Audit;

/// <inheritdoc cref="IAuditLog"/>
/// <remarks>Create-only writes (<see cref="IDocumentStore.TryCreateAsync{T}"/>): an existing event is never replaced.</remarks>
internal sealed class AuditLog(IDocumentStore documents) : IAuditLog
{
    public Task<bool> AppendAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        ArgumentException.ThrowIfNullOrWhiteSpace(auditEvent.Id);
        ArgumentException.ThrowIfNullOrWhiteSpace(auditEvent.Partition);
        return documents.TryCreateAsync(DocumentContainers.Audit, auditEvent.Partition, auditEvent.Id, auditEvent, cancellationToken);
    }

    public async Task<IReadOnlyList<AuditEvent>> ReadAsync(string partition, CancellationToken cancellationToken = default)
    {
        var events = new List<AuditEvent>();
        await foreach (var e in documents.ReadPartitionAsync<AuditEvent>(DocumentContainers.Audit, partition, cancellationToken).ConfigureAwait(false))
        {
            events.Add(e);
        }

        return [.. events.OrderBy(e => e.At).ThenBy(e => e.Id, StringComparer.Ordinal)];
    }

    public async Task WriteJsonLinesAsync(string partition, Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        foreach (var e in await ReadAsync(partition, cancellationToken).ConfigureAwait(false))
        {
            await JsonSerializer.SerializeAsync(destination, e, DocumentJson.SerializerOptions, cancellationToken).ConfigureAwait(false);
            destination.WriteByte((byte)'\n');
        }
    }
}
