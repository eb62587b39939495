using ResumeFlow.Core.Scoring;
using ResumeFlow.Workflows.Screening;

namespace ResumeFlow.Host.Web;

/// <summary>A screening's ranked results as a page shows them: filtered and sorted by the query string.</summary>
public sealed record ScreeningResultsView(string ScreeningId, ScreeningDocument Screening, IReadOnlyList<RankedResult> Rows, int Total, string Filter, string Sort, string? Query)
{
    public static readonly IReadOnlyList<string> Filters = ["all", "passed", "failed", "errors"];
    public static readonly IReadOnlyList<string> Sorts = ["rank", "score", "name", "must-haves"];

    /// <summary>The results, or null while the screening has not written its summary yet (or does not exist).</summary>
    public static async Task<ScreeningResultsView?> LoadAsync(IScreeningService screening, string screeningId, string? filter, string? sort, string? query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(screening);
        ScreeningResults results;
        try
        {
            results = await screening.GetResultsAsync(screeningId, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (ScreeningException)
        {
            return null;
        }

        var f = Filters.Contains(filter) ? filter! : "all";
        var s = Sorts.Contains(sort) ? sort! : "rank";
        IEnumerable<RankedResult> rows = results.Results;
        rows = f switch
        {
            "passed" => rows.Where(r => r.Result.Passed),
            "failed" => rows.Where(r => !r.Result.Passed && r.Result.ErrorCode is null),
            "errors" => rows.Where(r => r.Result.ErrorCode is not null),
            _ => rows,
        };
        if (!string.IsNullOrWhiteSpace(query))
        {
            rows = rows.Where(r => (r.Result.CandidateName?.Contains(query, StringComparison.OrdinalIgnoreCase) ?? false)
                || (r.Result.FileName?.Contains(query, StringComparison.OrdinalIgnoreCase) ?? false)
                || r.Result.MatchedSkills.Any(m => m.Contains(query, StringComparison.OrdinalIgnoreCase)));
        }

        rows = s switch
        {
            "score" => rows.OrderByDescending(r => r.Result.Score).ThenBy(r => r.Rank),
            "name" => rows.OrderBy(r => r.Result.CandidateName ?? r.Result.FileName, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Rank),
            "must-haves" => rows.OrderByDescending(r => r.Result.MustHaveCoverage).ThenBy(r => r.Rank),
            _ => rows.OrderBy(r => r.Rank),
        };
        return new ScreeningResultsView(screeningId, results.Screening, [.. rows], results.Results.Count, f, s, query);
    }

    /// <summary>Must-haves met (directly or by an equivalent), partly met and absent.</summary>
    public static (int Met, int Partly, int Absent) MustHaves(CandidateResultDocument result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var mustHaves = result.Requirements.Where(r => r.MustHave).ToList();
        return (
            mustHaves.Count(r => r.Status is RequirementStatus.Met or RequirementStatus.MetByEquivalent),
            mustHaves.Count(r => r.Status == RequirementStatus.PartlyMet),
            mustHaves.Count(r => r.Status == RequirementStatus.Absent));
    }
}
