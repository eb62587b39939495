using Microsoft.AspNetCore.Http.HttpResults;
using ResumeFlow.Host.Security;
using ResumeFlow.Host.Web.Components.Shared;
using ResumeFlow.Workflows.Api;
using ResumeFlow.Workflows.Calls;

namespace ResumeFlow.Host.Web;

/// <summary>
/// <c>GET /calls/{id}/report</c>: the report panel alone, rendered by the same component as the page, which the
/// call page's script swaps in when the run completes.
/// </summary>
internal static class CallFragmentEndpoints
{
    public static IEndpointRouteBuilder MapCallFragments(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/calls/{id}/report", GetReportAsync).RequireApiKey();
        return endpoints;
    }

    private static async Task<IResult> GetReportAsync(string id, ICallAnalysisService calls, CallRunStore store, CancellationToken cancellationToken)
    {
        var view = await CallRunView.LoadAsync(calls, store, id, withTranscripts: true, cancellationToken).ConfigureAwait(false);
        return view is null
            ? ErrorHandling.ErrorResults.Result(StatusCodes.Status404NotFound, CallApiErrorCodes.CallAnalysisNotFound, $"No call analysis '{id}'.")
            : new RazorComponentResult<CallReportPanel>(new { View = view });
    }
}
