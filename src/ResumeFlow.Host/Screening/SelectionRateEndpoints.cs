using Microsoft.AspNetCore.Http.Features;
using ResumeFlow.Host.ErrorHandling;
using ResumeFlow.Host.Security;
using ResumeFlow.Workflows.Api;
using ResumeFlow.Workflows.Fairness;
using ResumeFlow.Workflows.Reports;
using ResumeFlow.Workflows.Screening;

namespace ResumeFlow.Host.Screening;

/// <summary>
/// A screening's selection-rate report (Local Law 144 style): <c>PUT /api/screenings/{id}/attributes</c> stores the
/// candidates' attributes (CSV <c>candidateId,attribute,value</c> or JSON), <c>GET …/selection-rates</c> reports on the
/// stored ones and <c>POST …/selection-rates</c> on those in the body, without storing them.
/// </summary>
public static class SelectionRateEndpoints
{
    public static IEndpointRouteBuilder MapSelectionRateApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var api = endpoints.MapGroup("/api/screenings/{id}").RequireApiKey();
        api.MapPut("/attributes", SaveAsync);
        api.MapGet("/selection-rates", (string id, SelectionRateService rates, CancellationToken cancellationToken) => ReportAsync(id, null, rates, cancellationToken));
        api.MapPost("/selection-rates", PostAsync);
        return endpoints;
    }

    private static async Task<IResult> SaveAsync(string id, HttpRequest request, SelectionRateService rates, CancellationToken cancellationToken)
    {
        try
        {
            var attributes = await ReadAsync(request, cancellationToken).ConfigureAwait(false);
            await rates.SaveAsync(id, attributes, cancellationToken).ConfigureAwait(false);
            return Results.NoContent();
        }
        catch (ApiException ex)
        {
            return ErrorResults.From(ex.Error);
        }
        catch (ScreeningException ex)
        {
            return ErrorResults.From(ApiErrors.From(ex));
        }
    }

    private static async Task<IResult> PostAsync(string id, HttpRequest request, SelectionRateService rates, CancellationToken cancellationToken)
    {
        try
        {
            return await ReportAsync(id, await ReadAsync(request, cancellationToken).ConfigureAwait(false), rates, cancellationToken).ConfigureAwait(false);
        }
        catch (ApiException ex)
        {
            return ErrorResults.From(ex.Error);
        }
    }

    private static async Task<IResult> ReportAsync(string id, IReadOnlyList<Core.Fairness.CandidateAttribute>? attributes, SelectionRateService rates, CancellationToken cancellationToken)
    {
        try
        {
            return Results.Json(await rates.CalculateAsync(id, attributes, cancellationToken).ConfigureAwait(false), ScreeningJson.Options);
        }
        catch (ScreeningException ex)
        {
            return ErrorResults.From(ApiErrors.From(ex));
        }
    }

    private static Task<IReadOnlyList<Core.Fairness.CandidateAttribute>> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > ApiLimits.MaxBodyBytes)
        {
            throw new ApiException(new ApiError(413, ErrorHandling.ErrorResults.CodeFor(413), $"The body is larger than {ApiLimits.MaxBodyBytes:N0} bytes."));
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodyLimit)
        {
            bodyLimit.MaxRequestBodySize = ApiLimits.MaxBodyBytes;
        }

        return CandidateAttributeRequests.ReadAsync(request.Body, request.ContentType, cancellationToken);
    }
}
