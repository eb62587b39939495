using ResumeFlow.Host.ErrorHandling;
using ResumeFlow.Host.Security;
using ResumeFlow.Workflows.Api;
using ResumeFlow.Workflows.Erasure;

namespace ResumeFlow.Host.Erasure;

/// <summary><c>DELETE /api/candidates/{id}</c>: the candidate's right to erasure, answered with what was removed.</summary>
public static class ErasureEndpoints
{
    public static IEndpointRouteBuilder MapErasureApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGroup("/api").RequireApiKey().MapDelete("/candidates/{id}", EraseAsync);
        return endpoints;
    }

    private static async Task<IResult> EraseAsync(string id, HttpContext context, ICandidateErasure erasure, CancellationToken cancellationToken)
    {
        try
        {
            return Results.Json(await erasure.EraseAsync(id, RequestActor.Of(context), cancellationToken).ConfigureAwait(false), Workflows.Reports.ScreeningJson.Options);
        }
        catch (ErasureException ex)
        {
            return ErrorResults.From(ApiErrors.From(ex));
        }
    }
}
