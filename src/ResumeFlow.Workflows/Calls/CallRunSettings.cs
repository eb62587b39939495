namespace ResumeFlow.Workflows.Calls;

/// <summary>What a run was started with beyond its files: the candidate its calls are tied to when they name none.</summary>
public sealed record CallRunSettings(string? CandidateId);
