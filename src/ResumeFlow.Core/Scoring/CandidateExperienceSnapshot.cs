namespace ResumeFlow.Core.Scoring;

/// <summary>One dated job of a <see cref="CandidateFeatureSnapshot"/> (months since year 0, end exclusive).</summary>
public sealed record CandidateExperienceSnapshot(
    int? EvidenceLine,
    double Years,
    int? StartMonth,
    int? EndMonth,
    IReadOnlyList<string> TitleTerms,
    IReadOnlyList<string> ContextTerms);
