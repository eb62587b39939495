using Microsoft.AspNetCore.Http.HttpResults;
using ResumeFlow.Host.Security;
using ResumeFlow.Host.Web.Components.Shared;
using ResumeFlow.Workflows.Analysis;

namespace ResumeFlow.Host.Web;

/// <summary>
/// <c>GET /analyses/{id}/result</c>: the result panel alone, rendered by the same component as the page, which the
/// analysis page's script swaps in when the run completes (so the sections table and the plan are written once).
/// </summary>
internal static class AnalysisFragmentEndpoints
{
    public static IEndpointRouteBuilder MapAnalysisFragments(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/analyses/{id}/result", GetResultAsync).RequireApiKey();
        return endpoints;
    }

    private static async Task<IResult> GetResultAsync(string id, IAnalysisService analyses, CancellationToken cancellationToken)
    {
        var result = WebIds.IsValid(id) ? await analyses.GetResultAsync(id, cancellationToken).ConfigureAwait(false) : null;
        return result is null
            ? ErrorHandling.ErrorResults.Result(StatusCodes.Status404NotFound, AnalysisErrorCodes.AnalysisNotFound, $"No analysis has id '{id}'.")
            : new RazorComponentResult<AnalysisResultPanel>(new { Result = result });
    }
}
