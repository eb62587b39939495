namespace ResumeFlow.Core.Scoring;

/// <summary>
/// A candidate's explained score against one job: the weighted total (0–100), every criterion with its evidence,
/// knock-outs (e.g. "missing must-have: Kubernetes"), the job's skills found and not found, and the fraction of
/// must-have requirements covered (0–1), which ranking uses to break ties.
/// </summary>
public sealed record CandidateScore(
    string CandidateId,
    double Score,
    IReadOnlyList<CriterionScore> Criteria,
    IReadOnlyList<string> KnockOuts,
    IReadOnlyList<string> MatchedSkills,
    IReadOnlyList<string> MissingSkills,
    double MustHaveCoverage);
