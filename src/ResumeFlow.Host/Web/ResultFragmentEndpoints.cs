using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.DurableTask.Client;
using ResumeFlow.Host.ErrorHandling;
using ResumeFlow.Host.Security;
using ResumeFlow.Host.Web.Components.Shared;
using ResumeFlow.Workflows.Analysis;
using ResumeFlow.Workflows.Api;
using ResumeFlow.Workflows.Batches;
using ResumeFlow.Workflows.Calls;

namespace ResumeFlow.Host.Web;

/// <summary>
/// <c>GET /analyses/{id}/result</c>, <c>GET /calls/{id}/report</c> and <c>GET /batches/{id}/cost</c>: a result panel
/// alone, rendered by the same component as its page (and its report file), which the page's script swaps in when
/// the run completes (so each report is written once).
/// </summary>
internal static class ResultFragmentEndpoints
{
    public static IEndpointRouteBuilder MapResultFragments(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/analyses/{id}/result", GetAnalysisAsync).RequireApiKey();
        endpoints.MapGet("/calls/{id}/report", GetCallReportAsync).RequireApiKey();
        endpoints.MapGet("/batches/{id}/cost", GetBatchCostAsync).RequireApiKey();
        return endpoints;
    }

    private static async Task<IResult> GetAnalysisAsync(string id, IAnalysisService analyses, CancellationToken cancellationToken)
    {
        var result = WebIds.IsValid(id) ? await analyses.GetResultAsync(id, cancellationToken).ConfigureAwait(false) : null;
        return result is null
            ? ErrorResults.Result(StatusCodes.Status404NotFound, AnalysisErrorCodes.AnalysisNotFound, $"No analysis has id '{id}'.")
            : new RazorComponentResult<AnalysisResultPanel>(new { Result = result });
    }

    private static async Task<IResult> GetCallReportAsync(string id, ICallAnalysisService calls, CallRunStore store, CancellationToken cancellationToken)
    {
        var view = await CallRunView.LoadAsync(calls, store, id, withTranscripts: true, cancellationToken).ConfigureAwait(false);
        return view is null
            ? ErrorResults.Result(StatusCodes.Status404NotFound, CallApiErrorCodes.CallAnalysisNotFound, $"No call analysis '{id}'.")
            : new RazorComponentResult<CallReportPanel>(new { View = view });
    }

    private static async Task<IResult> GetBatchCostAsync(string id, DurableTaskClient client, CancellationToken cancellationToken)
    {
        var run = WebIds.IsValid(id) ? await BatchRunView.LoadAsync(client, id, cancellationToken).ConfigureAwait(false) : null;
        return run is null
            ? ErrorResults.Result(StatusCodes.Status404NotFound, BatchRunErrorCodes.BatchNotFound, $"No batch run has id '{id}'.")
            : new RazorComponentResult<BatchCostPanel>(new { Run = run });
    }
}
