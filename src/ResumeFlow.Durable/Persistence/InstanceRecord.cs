using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace ResumeFlow.Durable.Persistence;

/// <summary>An instance's row: the engine keeps one in memory per loaded instance and writes it whole.</summary>
internal sealed class InstanceRecord
{
    public required string InstanceId { get; init; }

    public required string Name { get; set; }

    public required string ExecutionId { get; set; }

    public OrchestrationRuntimeStatus Status { get; set; }

    public string? Input { get; set; }

    public string? Output { get; set; }

    public string? CustomStatus { get; set; }

    public TaskFailureDetails? Failure { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime LastUpdatedAt { get; set; }

    public string? ParentInstanceId { get; set; }

    public int? ParentTaskId { get; set; }

    public bool IsTerminal => Status is OrchestrationRuntimeStatus.Completed or OrchestrationRuntimeStatus.Failed or OrchestrationRuntimeStatus.Terminated;

    public InstanceRecord Clone() => (InstanceRecord)MemberwiseClone();

    public OrchestrationMetadata ToMetadata(bool includePayloads, DataConverter dataConverter) => new(Name, InstanceId)
    {
        DataConverter = dataConverter,
        RuntimeStatus = Status,
        CreatedAt = new DateTimeOffset(DateTime.SpecifyKind(CreatedAt, DateTimeKind.Utc)),
        LastUpdatedAt = new DateTimeOffset(DateTime.SpecifyKind(LastUpdatedAt, DateTimeKind.Utc)),
        SerializedInput = includePayloads ? Input : null,
        SerializedOutput = includePayloads ? Output : null,
        SerializedCustomStatus = includePayloads ? CustomStatus : null,
        FailureDetails = Failure,
    };
}
