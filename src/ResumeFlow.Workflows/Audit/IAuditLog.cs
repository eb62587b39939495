namespace ResumeFlow.Workflows.Audit;

/// <summary>The append-only audit trail: events can be added and read, never changed or removed through it.</summary>
public interface IAuditLog
{
    /// <summary>Records the event unless one with its id is already recorded (returns false then).</summary>
    Task<bool> AppendAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default);

    /// <summary>One partition's events in time order.</summary>
    Task<IReadOnlyList<AuditEvent>> ReadAsync(string partition, CancellationToken cancellationToken = default);

    /// <summary>Writes one partition as JSON Lines (one event per line, time order).</summary>
    Task WriteJsonLinesAsync(string partition, Stream destination, CancellationToken cancellationToken = default);
}
