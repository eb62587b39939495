namespace ResumeFlow.Core.Scoring;

/// <summary>
/// A candidate's explained score against one job: the weighted total (0–100), every criterion with its evidence,
/// knock-outs (each says which mandatory requirement is absent and why), the job's skills found and not found
/// (disjoint, without duplicates), the fraction of must-have requirements covered (0–1), which ranking uses to
/// break ties, and every requirement graded (<see cref="Requirements"/>).
/// </summary>
public sealed record CandidateScore(
    string CandidateId,
    double Score,
    IReadOnlyList<CriterionScore> Criteria,
    IReadOnlyList<string> KnockOuts,
    IReadOnlyList<string> MatchedSkills,
    IReadOnlyList<string> MissingSkills,
    double MustHaveCoverage)
{
    /// <summary>Every requirement of the job graded: met, met by an equivalent, partly met or absent, with why.</summary>
    public IReadOnlyList<RequirementResult> Requirements { get; init; } = [];

    /// <summary>A knocked-out candidate lacks a mandatory requirement and every equivalent of it.</summary>
    public bool KnockedOut => KnockOuts.Count > 0;
}
