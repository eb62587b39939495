using ResumeFlow.Core.Calls.Insights;

namespace ResumeFlow.Core.Calls.Aggregation;

/// <summary>A call that needs follow-up: its open outcome and the promised actions.</summary>
public sealed record FollowUpCall(string CallId, string? CandidateName, string Outcome, IReadOnlyList<CallFollowUp> FollowUps, string NextStep);
