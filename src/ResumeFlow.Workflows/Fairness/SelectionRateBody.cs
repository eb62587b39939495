using ResumeFlow.Core.Fairness;

namespace ResumeFlow.Workflows.Fairness;

/// <summary>The JSON body that supplies candidate attributes for a selection-rate report.</summary>
public sealed record SelectionRateBody(IReadOnlyList<CandidateAttribute?>? Attributes);
