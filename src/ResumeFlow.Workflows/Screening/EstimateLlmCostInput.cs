namespace ResumeFlow.Workflows.Screening;

/// <summary>Input of the cost estimate: the job and the candidates the pre-filter chose, best first.</summary>
public sealed record EstimateLlmCostInput(string JobId, IReadOnlyList<string> CandidateIds, bool Blind = false);
