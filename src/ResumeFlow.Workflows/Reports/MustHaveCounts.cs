using ResumeFlow.Core.Scoring;

namespace ResumeFlow.Workflows.Reports;

/// <summary>How many of the job's must-haves a CV meets (directly or by an equivalent), partly meets, and lacks.</summary>
public sealed record MustHaveCounts(int Met, int Partly, int Absent)
{
    public static MustHaveCounts Of(IEnumerable<RequirementResult> requirements)
    {
        ArgumentNullException.ThrowIfNull(requirements);
        var mustHaves = requirements.Where(r => r.MustHave).ToList();
        return new MustHaveCounts(
            mustHaves.Count(r => r.Status is RequirementStatus.Met or RequirementStatus.MetByEquivalent),
            mustHaves.Count(r => r.Status == RequirementStatus.PartlyMet),
            mustHaves.Count(r => r.Status == RequirementStatus.Absent));
    }
}
