using Microsoft.DurableTask.Client;
using ResumeFlow.Host.Api;
using ResumeFlow.Host.ErrorHandling;
using ResumeFlow.Host.Management;
using ResumeFlow.Host.Security;
using ResumeFlow.Workflows.Analysis;
using ResumeFlow.Workflows.Api;

namespace ResumeFlow.Host.Analysis;

/// <summary>
/// The resume analysis HTTP API: start one (Durable's 202 check-status payload, after checking the candidate and the
/// job exist), read its result (202 with the per-section progress while it runs), and download its four reports.
/// </summary>
public static class AnalysisEndpoints
{
    public static IEndpointRouteBuilder MapAnalysisApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var api = endpoints.MapGroup("/api/analyses").RequireApiKey();
        api.MapPost("/", CreateAsync);
        api.MapGet("/{id}", GetAsync);
        api.MapGet("/{id}/{file}", GetReportAsync);
        return endpoints;
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, IAnalysisService analyses, CancellationToken cancellationToken)
    {
        var (body, error) = await JsonBodies.ReadAsync<AnalyzeResumeInput>(request, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        try
        {
            var id = await analyses.StartAsync(body!, cancellationToken).ConfigureAwait(false);
            return DurableHttpResults.CheckStatus(request, id);
        }
        catch (AnalysisException ex)
        {
            return From(ex);
        }
    }

    private static async Task<IResult> GetAsync(string id, IAnalysisService analyses, CancellationToken cancellationToken)
    {
        var result = await analyses.GetResultAsync(id, cancellationToken).ConfigureAwait(false);
        if (result is null)
        {
            return ErrorResults.Result(StatusCodes.Status404NotFound, AnalysisErrorCodes.AnalysisNotFound, $"No analysis has id '{id}'.");
        }

        return result.RuntimeStatus switch
        {
            nameof(OrchestrationRuntimeStatus.Completed) => Results.Json(result, AnalysisJson.Options),

            // Final without a report: nothing to wait for.
            nameof(OrchestrationRuntimeStatus.Failed) or nameof(OrchestrationRuntimeStatus.Terminated) => ErrorResults.Result(
                StatusCodes.Status409Conflict, "analysis_failed", $"Analysis '{id}' is {result.RuntimeStatus}: {result.Error}"),

            // Pending, running or suspended: the progress so far, sections as they finish.
            _ => Results.Json(result, AnalysisJson.Options, statusCode: StatusCodes.Status202Accepted),
        };
    }

    private static async Task<IResult> GetReportAsync(string id, string file, IAnalysisService analyses, CancellationToken cancellationToken)
    {
        try
        {
            var report = await analyses.OpenReportAsync(id, file, cancellationToken).ConfigureAwait(false);
            return Results.Stream(report.Content, report.ContentType, report.Name);
        }
        catch (AnalysisException ex)
        {
            return From(ex);
        }
    }

    private static IResult From(AnalysisException exception)
    {
        var error = ApiErrors.From(exception);
        return ErrorResults.Result(error.Status, error.Code, error.Message);
    }
}
