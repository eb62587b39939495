using ResumeFlow.Host.ErrorHandling;
using ResumeFlow.Host.Management;
using ResumeFlow.Host.Security;
using ResumeFlow.Workflows.Api;
using ResumeFlow.Workflows.Batches;

namespace ResumeFlow.Host.Batches;

/// <summary>
/// The batch extraction HTTP API: start a job or a continuous run (answered with Durable's 202 check-status payload),
/// read its progress, its cost report (JSON or HTML), and cancel it. Errors are <c>{"error":{"code","message"}}</c>.
/// </summary>
public static class BatchEndpoints
{
    public static IEndpointRouteBuilder MapBatchApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var api = endpoints.MapGroup("/api/batches").RequireApiKey();
        api.MapPost("", CreateAsync);
        api.MapGet("/{id}", GetStatusAsync);
        api.MapGet("/{id}/cost.{format}", GetCostReportAsync);
        api.MapPost("/{id}/cancel", CancelAsync);
        return endpoints;
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, IBatchService batches, CancellationToken cancellationToken)
    {
        try
        {
            var body = await ApiRequests.ReadJsonAsync<CreateBatchBody>(request.Body, request.ContentType, cancellationToken).ConfigureAwait(false);
            body.Validate();
            var instanceId = body.NumBatches is { } count
                ? await batches.StartContinuousAsync(count, body.BatchSize, body.CheckIntervalSeconds is { } s ? TimeSpan.FromSeconds(s) : null, cancellationToken).ConfigureAwait(false)
                : await batches.SubmitAsync(body.BatchSize, cancellationToken).ConfigureAwait(false);
            return DurableHttpResults.CheckStatus(request, instanceId);
        }
        catch (ApiException ex)
        {
            return Error(ex.Error);
        }
    }

    private static async Task<IResult> GetStatusAsync(string id, IBatchService batches, CancellationToken cancellationToken)
    {
        var status = await batches.GetStatusAsync(id, cancellationToken).ConfigureAwait(false);
        return status is null ? NotFound(id) : Results.Json(status);
    }

    private static async Task<IResult> GetCostReportAsync(string id, string format, IBatchService batches, CancellationToken cancellationToken)
    {
        try
        {
            var report = await batches.OpenCostReportAsync(id, format, cancellationToken).ConfigureAwait(false);
            return Results.Stream(report.Content, report.ContentType, report.Name);
        }
        catch (ApiException ex)
        {
            return Error(ex.Error);
        }
    }

    private static async Task<IResult> CancelAsync(string id, HttpRequest request, IBatchService batches, CancellationToken cancellationToken)
    {
        if (await batches.GetStatusAsync(id, cancellationToken).ConfigureAwait(false) is null)
        {
            return NotFound(id);
        }

        await batches.CancelAsync(id, "cancelled over HTTP", cancellationToken).ConfigureAwait(false);
        return DurableHttpResults.CheckStatus(request, id);
    }

    private static IResult NotFound(string id) => ErrorResults.Result(StatusCodes.Status404NotFound, BatchRunErrorCodes.BatchNotFound, $"No batch run has id '{id}'.");

    private static IResult Error(ApiError error) => ErrorResults.Result(error.Status, error.Code, error.Message);
}
