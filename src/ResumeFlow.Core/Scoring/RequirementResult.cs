namespace ResumeFlow.Core.Scoring;

/// <summary>
/// One requirement of the job graded against a CV: its status, the equivalent skill that met it (when one did),
/// the CV line that shows it, and why, in words a recruiter reads. Only a mandatory requirement that is
/// <see cref="RequirementStatus.Absent"/> is a knock-out.
/// </summary>
public sealed record RequirementResult(
    string Requirement,
    bool MustHave,
    bool Mandatory,
    RequirementStatus Status,
    string? Equivalent,
    string? Evidence,
    string Reason)
{
    public bool IsKnockOut => Mandatory && Status == RequirementStatus.Absent;
}
