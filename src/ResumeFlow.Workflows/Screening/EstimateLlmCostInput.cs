namespace ResumeFlow.Workflows.Screening;

/// <summary>Input of the cost estimate: the job and the stored set of candidates the pre-filter chose, best first.</summary>
public sealed record EstimateLlmCostInput(string JobId, CandidateRange Candidates, bool Blind = false);
