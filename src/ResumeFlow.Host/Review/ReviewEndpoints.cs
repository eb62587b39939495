using ResumeFlow.Host.Api;
using ResumeFlow.Host.ErrorHandling;
using ResumeFlow.Host.Security;
using ResumeFlow.Workflows.Api;
using ResumeFlow.Workflows.Audit;
using ResumeFlow.Workflows.Review;
using ResumeFlow.Workflows.Screening;

namespace ResumeFlow.Host.Review;

/// <summary>
/// Human oversight over HTTP: a named reviewer confirms or overrides one candidate's decision (the reports are
/// rewritten to show it), and a screening's audit trail is exported as JSON Lines. The trail has no write route.
/// </summary>
public static class ReviewEndpoints
{
    public const string JsonLinesContentType = "application/x-ndjson";

    public static IEndpointRouteBuilder MapReviewApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var api = endpoints.MapGroup("/api").RequireApiKey();
        api.MapPost("/screenings/{id}/candidates/{candidateId}/review", ReviewAsync);
        api.MapGet("/screenings/{id}/audit", GetAuditAsync);
        return endpoints;
    }

    private static async Task<IResult> ReviewAsync(string id, string candidateId, HttpRequest request, IReviewService reviews, CancellationToken cancellationToken)
    {
        var (body, error) = await JsonBodies.ReadAsync<ReviewBody>(request, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        try
        {
            var review = await reviews.ReviewAsync(id, candidateId, body!.ToRequest(), cancellationToken).ConfigureAwait(false);
            return Results.Json(review, Workflows.Reports.ScreeningJson.Options);
        }
        catch (ScreeningException ex)
        {
            return ErrorResults.From(ApiErrors.From(ex));
        }
    }

    private static async Task<IResult> GetAuditAsync(string id, IAuditLog audit, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        await audit.WriteJsonLinesAsync(id, buffer, cancellationToken).ConfigureAwait(false);
        if (buffer.Length == 0)
        {
            await buffer.DisposeAsync().ConfigureAwait(false);
            return ErrorResults.Result(StatusCodes.Status404NotFound, ScreeningErrorCodes.ScreeningNotFound, $"No audit trail for screening '{id}'.");
        }

        buffer.Position = 0;
        return Results.Stream(buffer, JsonLinesContentType, $"audit-{id}.jsonl");
    }
}
