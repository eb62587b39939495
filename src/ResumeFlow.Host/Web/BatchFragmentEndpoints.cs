using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.DurableTask.Client;
using ResumeFlow.Host.Security;
using ResumeFlow.Host.Web.Components.Shared;
using ResumeFlow.Workflows.Batches;

namespace ResumeFlow.Host.Web;

/// <summary>
/// <c>GET /batches/{id}/cost</c>: the batch page's cost panel alone, rendered by the same component (and so the same
/// batch cost table as <c>cost.html</c>), which the page's script swaps in when the run finishes.
/// </summary>
internal static class BatchFragmentEndpoints
{
    public static IEndpointRouteBuilder MapBatchFragments(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/batches/{id}/cost", GetCostAsync).RequireApiKey();
        return endpoints;
    }

    private static async Task<IResult> GetCostAsync(string id, DurableTaskClient client, CancellationToken cancellationToken)
    {
        var run = WebIds.IsValid(id) ? await BatchRunView.LoadAsync(client, id, cancellationToken).ConfigureAwait(false) : null;
        return run is null
            ? ErrorHandling.ErrorResults.Result(StatusCodes.Status404NotFound, BatchRunErrorCodes.BatchNotFound, $"No batch run has id '{id}'.")
            : new RazorComponentResult<BatchCostPanel>(new { Run = run });
    }
}
