namespace ResumeFlow.Core.Fairness;

/// <summary>
/// Pass rates per group of every supplied attribute, with impact ratios against the highest group, as bias audits under
/// New York City's Local Law 144 report them. Candidates whose scoring failed are left out (never assessed);
/// attribute rows naming no candidate of the screening are counted in <see cref="IgnoredRows"/>.
/// </summary>
public sealed record SelectionRateReport(int Candidates, int Selected, int MinGroupSize, int IgnoredRows, IReadOnlyList<AttributeSelectionRates> Attributes);
