using ResumeFlow.Durable.History;

namespace ResumeFlow.Durable.Persistence;

/// <summary>Everything one engine step writes, applied in a single transaction (the grouped commit).</summary>
internal sealed class CommitBatch
{
    /// <summary>Instances whose history and messages are deleted first (restart, ContinueAsNew, purge).</summary>
    public List<string> ResetInstances { get; } = [];

    public List<string> PurgedInstances { get; } = [];

    public Dictionary<string, InstanceRecord> Instances { get; } = new(StringComparer.Ordinal);

    public List<(string InstanceId, int Sequence, HistoryEvent Event)> History { get; } = [];

    public List<InboxRow> InboxInserts { get; } = [];

    public List<long> InboxDeletes { get; } = [];

    public bool IsEmpty => ResetInstances.Count == 0 && PurgedInstances.Count == 0 && Instances.Count == 0 && History.Count == 0
        && InboxInserts.Count == 0 && InboxDeletes.Count == 0;

    /// <summary>Records the instance's row as it is now (copied, so later in-memory changes do not leak in).</summary>
    public void Upsert(InstanceRecord record) => Instances[record.InstanceId] = record.Clone();
}
