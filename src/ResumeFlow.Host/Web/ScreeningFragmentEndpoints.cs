using Microsoft.AspNetCore.Http.HttpResults;
using ResumeFlow.Host.Security;
using ResumeFlow.Host.Web.Components.Shared;
using ResumeFlow.Workflows.Screening;

namespace ResumeFlow.Host.Web;

/// <summary>
/// <c>GET /screenings/{id}/results</c>: the results panel alone, rendered by the same component as the page,
/// which the screening page's script swaps in when the run completes (so the table is written once).
/// </summary>
internal static class ScreeningFragmentEndpoints
{
    public static IEndpointRouteBuilder MapScreeningFragments(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/screenings/{id}/results", GetResultsAsync).RequireApiKey();
        return endpoints;
    }

    private static async Task<IResult> GetResultsAsync(string id, string? filter, string? sort, string? q, IScreeningService screening, ResumeFlow.Storage.Documents.IDocumentStore documents, CancellationToken cancellationToken)
    {
        if (!WebIds.IsValid(id))
        {
            return ErrorHandling.ErrorResults.Result(StatusCodes.Status400BadRequest, ScreeningErrorCodes.InvalidRequest, "Not a screening id.");
        }

        var view = await ScreeningResultsView.LoadAsync(screening, documents, id, filter, sort, q, cancellationToken).ConfigureAwait(false);
        return new RazorComponentResult<ScreeningResultsPanel>(new { ScreeningId = id, View = view });
    }
}
