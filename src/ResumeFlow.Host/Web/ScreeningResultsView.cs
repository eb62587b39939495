using ResumeFlow.Storage.Documents;
using ResumeFlow.Workflows.Reports;
using ResumeFlow.Workflows.Screening;

namespace ResumeFlow.Host.Web;

/// <summary>
/// A screening's results as the page shows them: the report model the report file is written from
/// (<see cref="ScreeningReportBuilder"/>), its rows filtered and sorted by the query string.
/// </summary>
public sealed record ScreeningResultsView(ScreeningReport Report, IReadOnlyList<ScreeningReportRow> Rows, string Filter, string Sort, string? Query)
{
    public static readonly IReadOnlyList<string> Filters = ["all", "passed", "failed", "errors"];
    public static readonly IReadOnlyList<string> Sorts = ["rank", "score", "name", "must-haves"];

    /// <summary>The results, or null while the screening has not written its summary yet (or does not exist).</summary>
    public static async Task<ScreeningResultsView?> LoadAsync(IScreeningService screening, IDocumentStore documents, string screeningId, string? filter, string? sort, string? query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(screening);
        ArgumentNullException.ThrowIfNull(documents);
        ScreeningResults results;
        try
        {
            results = await screening.GetResultsAsync(screeningId, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (ScreeningException)
        {
            return null;
        }

        // Reviews are part of what the report says (reviewed, overridden, pending), as in the report files.
        var reviews = await ScreeningReportPublisher.ReadReviewsAsync(documents, screeningId, cancellationToken).ConfigureAwait(false);
        var report = ScreeningReportBuilder.Build(results.Screening, results.Results.Select(r => r.Result), reviews);
        var f = Filters.Contains(filter) ? filter! : "all";
        var s = Sorts.Contains(sort) ? sort! : "rank";
        IEnumerable<ScreeningReportRow> rows = report.Candidates;
        rows = f switch
        {
            "passed" => rows.Where(r => r.Passed),
            "failed" => rows.Where(r => !r.Passed && r.ErrorCode is null),
            "errors" => rows.Where(r => r.ErrorCode is not null),
            _ => rows,
        };
        if (!string.IsNullOrWhiteSpace(query))
        {
            rows = rows.Where(r => (r.CandidateName?.Contains(query, StringComparison.OrdinalIgnoreCase) ?? false)
                || (r.FileName?.Contains(query, StringComparison.OrdinalIgnoreCase) ?? false)
                || r.MatchedSkills.Any(m => m.Contains(query, StringComparison.OrdinalIgnoreCase)));
        }

        rows = s switch
        {
            "score" => rows.OrderByDescending(r => r.Score).ThenBy(r => r.Rank),
            "name" => rows.OrderBy(r => r.CandidateName ?? r.FileName, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Rank),
            "must-haves" => rows.OrderByDescending(r => r.MustHaves?.Met ?? 0).ThenBy(r => r.MustHaves?.Absent ?? 0).ThenBy(r => r.Rank),
            _ => rows.OrderBy(r => r.Rank),
        };
        return new ScreeningResultsView(report, [.. rows], f, s, query);
    }
}
