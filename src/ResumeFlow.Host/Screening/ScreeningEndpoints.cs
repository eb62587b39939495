using System.Globalization;
using System.Text.Json;
using ResumeFlow.Host.Api;
using ResumeFlow.Host.ErrorHandling;
using ResumeFlow.Host.Management;
using ResumeFlow.Workflows.Api;
using ResumeFlow.Host.Security;
using ResumeFlow.Workflows.Reports;
using ResumeFlow.Workflows.Screening;

namespace ResumeFlow.Host.Screening;

/// <summary>
/// The screening HTTP API: start a screening (answered with Durable's 202 check-status payload),
/// retry its failed candidates, read its ranked results and its reports, and store a job.
/// Bad requests are 4xx with <c>{"error":{"code","message"}}</c>, and nothing is started.
/// </summary>
public static class ScreeningEndpoints
{
    public static IEndpointRouteBuilder MapScreeningApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var api = endpoints.MapGroup("/api").RequireApiKey();
        api.MapPost("/jobs", CreateJobAsync);
        api.MapPost("/screenings", CreateScreeningAsync);
        api.MapPost("/screenings/{id}/retry", RetryAsync);
        api.MapGet("/screenings/{id}/results", GetResultsAsync);
        api.MapGet("/screenings/{id}/report.{format}", GetReportAsync);
        return endpoints;
    }

    private static async Task<IResult> CreateJobAsync(HttpRequest request, IScreeningService screening, CancellationToken cancellationToken)
    {
        var (body, error) = await JsonBodies.ReadAsync<CreateJobBody>(request, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        try
        {
            ApiLimits.CheckJobText(body!.Text);
            var id = await screening.SaveJobAsync(body.Text ?? string.Empty, body.Title, cancellationToken).ConfigureAwait(false);
            return Results.Json(new { jobId = id }, statusCode: StatusCodes.Status201Created);
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

    private static async Task<IResult> CreateScreeningAsync(HttpRequest request, IScreeningService screening, CancellationToken cancellationToken)
    {
        var (body, error) = await JsonBodies.ReadAsync<CreateScreeningBody>(request, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        try
        {
            var start = await screening.StartAsync(body!.ToRequest() with { RequestedBy = RequestActor.Of(request.HttpContext) }, cancellationToken).ConfigureAwait(false);
            return DurableHttpResults.CheckStatus(request, start.InstanceId);
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

    private static async Task<IResult> RetryAsync(string id, HttpRequest request, IScreeningService screening, CancellationToken cancellationToken)
    {
        try
        {
            var start = await screening.RetryFailedAsync(id, RequestActor.Of(request.HttpContext), cancellationToken).ConfigureAwait(false);
            return DurableHttpResults.CheckStatus(request, start.InstanceId);
        }
        catch (ScreeningException ex)
        {
            return ErrorResults.From(ApiErrors.From(ex));
        }
    }

    private static async Task<IResult> GetResultsAsync(string id, HttpRequest request, IScreeningService screening, CancellationToken cancellationToken)
    {
        if (!TryQuery(request, "top", (string? s, out int v) => int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out v), out int? top)
            || !TryQuery(request, "minScore", (string? s, out double v) => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out v), out double? minScore))
        {
            return ErrorResults.Result(StatusCodes.Status400BadRequest, ScreeningErrorCodes.InvalidRequest, "top must be an integer and minScore a number.");
        }

        try
        {
            var results = await screening.GetResultsAsync(id, top, minScore, cancellationToken).ConfigureAwait(false);
            return Results.Json(results, ScreeningJson.Options);
        }
        catch (ScreeningException ex)
        {
            return ErrorResults.From(ApiErrors.From(ex));
        }
    }

    private static async Task<IResult> GetReportAsync(string id, string format, IScreeningService screening, CancellationToken cancellationToken)
    {
        try
        {
            var report = await screening.OpenReportAsync(id, format, cancellationToken).ConfigureAwait(false);
            return Results.Stream(report.Content, report.ContentType, report.Name);
        }
        catch (ScreeningException ex)
        {
            return ErrorResults.From(ApiErrors.From(ex));
        }
    }

    private delegate bool TryParse<T>(string? text, out T value);

    private static bool TryQuery<T>(HttpRequest request, string name, TryParse<T> parse, out T? value)
        where T : struct
    {
        value = null;
        if (!request.Query.TryGetValue(name, out var raw) || string.IsNullOrEmpty(raw))
        {
            return true;
        }

        if (parse(raw, out var parsed))
        {
            value = parsed;
            return true;
        }

        return false;
    }
}
