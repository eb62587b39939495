namespace ResumeFlow.Core.Fairness;

/// <summary>
/// One group of an attribute: how many candidates, how many passed, the pass rate, and the impact ratio (this rate over
/// the highest group's rate; null for the unknown group or when no one was selected). <see cref="SmallGroup"/> flags a
/// group too small for its ratio to mean much; small groups do not set the highest rate when larger ones exist.
/// </summary>
public sealed record GroupSelectionRate(string Value, int Candidates, int Selected, double Rate, double? ImpactRatio, bool SmallGroup);
