namespace ResumeFlow.Core.Calls.Aggregation;

/// <summary>Per linked candidate: their calls and a one-line summary of the latest analysed one.</summary>
public sealed record CandidateCallSummary(string CandidateId, string? CandidateName, IReadOnlyList<string> CallIds, string Summary);
