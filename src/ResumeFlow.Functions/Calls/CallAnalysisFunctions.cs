using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using ResumeFlow.Storage.Artifacts;
using ResumeFlow.Functions.Http;
using ResumeFlow.Functions.Tasks;
using ResumeFlow.Workflows.Api;
using ResumeFlow.Workflows.Calls;
using ResumeFlow.Workflows.Catalogue;

namespace ResumeFlow.Functions.Calls;

/// <summary>AnalyzeCalls in Azure Functions: one-line triggers over the shared orchestrators and activities.</summary>
public sealed class CallAnalysisFunctions(IServiceProvider services)
{
    /// <summary>
    /// One transcript file (WebVTT, SRT, text, or a JSON/CSV export of many calls) as the raw body, named by
    /// <c>?fileName=</c> (optionally <c>?candidateId=</c>), or a JSON body naming transcripts in the inbox container
    /// (<see cref="CreateCallAnalysisBody"/>). Bodies are read under the transcript limit: a larger one is a 413.
    /// </summary>
    [Function("PostCallAnalysis")]
    public async Task<HttpResponseData> PostCallAnalysis(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "call-analyses")] HttpRequestData request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var calls = WorkflowClients.CallAnalyses(services, client);
        return await FunctionsHttp.AnswerAsync(request, async () =>
        {
            string instanceId;
            if (FunctionsHttp.FileName(request) is { } fileName)
            {
                if (request.Headers.TryGetValues("Content-Length", out var lengths) && long.TryParse(lengths.FirstOrDefault(), out var length) && length > ApiLimits.MaxTranscriptBytes)
                {
                    throw LimitedBody.TooLarge(ApiLimits.MaxTranscriptBytes);
                }

                var candidateId = request.Query["candidateId"] is { Length: > 0 } id ? id : null;
                instanceId = await CallAnalysisStarts.StartRawAsync(calls, request.Body, fileName, candidateId, cancellationToken).ConfigureAwait(false);
            }
            else if (FunctionsHttp.ContentType(request) is { } contentType && contentType.Contains("json", StringComparison.OrdinalIgnoreCase))
            {
                using var limited = new MemoryStream(await LimitedBody.ReadAsync(request.Body, ApiLimits.MaxBodyBytes, cancellationToken).ConfigureAwait(false));
                var body = await ApiRequests.ReadJsonAsync<CreateCallAnalysisBody>(limited, contentType, cancellationToken).ConfigureAwait(false);
                instanceId = await CallAnalysisStarts.StartAsync(calls, services.GetRequiredService<IArtifactStore>(), body, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                return await FunctionsHttp.ErrorAsync(request, ApiErrors.MissingFileName, cancellationToken).ConfigureAwait(false);
            }

            return await client.CreateCheckStatusResponseAsync(request, instanceId, cancellationToken).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
    }

    [Function(AnalyzeCallsOrchestrator.Name)]
    public Task<AnalyzeCallsResult> AnalyzeCalls([OrchestrationTrigger] TaskOrchestrationContext context)
        => new AnalyzeCallsOrchestrator().RunAsync(context, context.GetInput<AnalyzeCallsInput>()!);

    [Function(AnalyzeCallChunkOrchestrator.Name)]
    public Task<AnalyzeCallChunkResult> AnalyzeCallChunk([OrchestrationTrigger] TaskOrchestrationContext context)
        => new AnalyzeCallChunkOrchestrator().RunAsync(context, context.GetInput<AnalyzeCallChunkInput>()!);

    [Function(ReadCallTranscriptsActivity.Name)]
    public Task<ReadTranscriptsResult> ReadCallTranscripts([ActivityTrigger] string input, FunctionContext context)
        => CatalogueActivities.RunAsync<ReadTranscriptsResult>(ReadCallTranscriptsActivity.Name, input, context);

    [Function(AnalyzeCallActivity.Name)]
    public Task<AnalyzeCallResult> AnalyzeCall([ActivityTrigger] AnalyzeCallInput input, FunctionContext context)
        => CatalogueActivities.RunAsync<AnalyzeCallResult>(AnalyzeCallActivity.Name, input, context);

    [Function(WriteCallReportActivity.Name)]
    public Task<bool> WriteCallReport([ActivityTrigger] WriteCallReportInput input, FunctionContext context)
        => CatalogueActivities.RunAsync<bool>(WriteCallReportActivity.Name, input, context);
}
