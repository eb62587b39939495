using ResumeFlow.Host.ErrorHandling;
using ResumeFlow.Host.Security;
using ResumeFlow.Host.Web;
using ResumeFlow.Workflows.Api;
using ResumeFlow.Workflows.Calls;
using ResumeFlow.Workflows.Calls.Reports;

namespace ResumeFlow.Host.Calls;

/// <summary>
/// <c>GET /api/call-analyses/{id}/charts/{chart}.svg</c>: one of the report's charts as an SVG image, drawn from the
/// stored report.json by the same code as report.html's inline charts, for the call page (whose CSP forbids inline SVG styles).
/// </summary>
public static class CallChartEndpoints
{
    public static IEndpointRouteBuilder MapCallChartApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet("/api/call-analyses/{id}/charts/{chart}.svg", GetChartAsync).RequireApiKey();
        return endpoints;
    }

    private static async Task<IResult> GetChartAsync(string id, string chart, ICallAnalysisService calls, CallRunStore store, CancellationToken cancellationToken)
    {
        if (!CallCharts.Names.Contains(chart, StringComparer.Ordinal))
        {
            return ErrorResults.Result(StatusCodes.Status404NotFound, "chart_not_found", $"The charts are {string.Join(", ", CallCharts.Names.Select(n => n + ".svg"))}.");
        }

        var view = await CallRunView.LoadAsync(calls, store, id, withTranscripts: false, cancellationToken).ConfigureAwait(false);
        if (view is null)
        {
            return ErrorResults.Result(StatusCodes.Status404NotFound, CallApiErrorCodes.CallAnalysisNotFound, $"No call analysis '{id}'.");
        }

        return view.Report is { } report
            ? Results.Text(CallCharts.Render(chart, report), "image/svg+xml; charset=utf-8")
            : ErrorResults.Result(StatusCodes.Status409Conflict, CallApiErrorCodes.ReportNotReady, $"Call analysis '{id}' is {view.Metadata.RuntimeStatus}; its charts are drawn when it completes.");
    }
}
