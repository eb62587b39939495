namespace ResumeFlow.Orchestration;

/// <summary>A filter over instances (<c>Microsoft.DurableTask.Client.OrchestrationQuery</c>).</summary>
public sealed record OrchestrationQuery
{
    public IReadOnlyCollection<OrchestrationRuntimeStatus>? Statuses { get; init; }

    public string? Name { get; init; }

    public DateTimeOffset? CreatedFrom { get; init; }

    public DateTimeOffset? CreatedTo { get; init; }

    public string? InstanceIdPrefix { get; init; }

    public bool FetchInputsAndOutputs { get; init; }

    public int PageSize { get; init; } = 100;

    /// <summary>Opaque token from a previous page; null for the first page.</summary>
    public string? ContinuationToken { get; init; }
}
