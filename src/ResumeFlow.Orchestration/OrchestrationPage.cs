namespace ResumeFlow.Orchestration;

/// <summary>One page of an instance query; <see cref="ContinuationToken"/> is null on the last page.</summary>
public sealed record OrchestrationPage(IReadOnlyList<OrchestrationMetadata> Instances, string? ContinuationToken);
