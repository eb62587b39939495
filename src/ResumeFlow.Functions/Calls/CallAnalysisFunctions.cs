using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using ResumeFlow.Functions.Http;
using ResumeFlow.Functions.Tasks;
using ResumeFlow.Workflows.Api;
using ResumeFlow.Workflows.Calls;
using ResumeFlow.Workflows.Catalogue;

namespace ResumeFlow.Functions.Calls;

/// <summary>AnalyzeCalls in Azure Functions: one-line triggers over the shared orchestrators and activities.</summary>
public sealed class CallAnalysisFunctions(IServiceProvider services)
{
    /// <summary>One transcript file (WebVTT, SRT, text, or a JSON/CSV export of many calls) as the raw body, named by <c>?fileName=</c>.</summary>
    [Function("PostCallAnalysis")]
    public async Task<HttpResponseData> PostCallAnalysis(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "call-analyses")] HttpRequestData request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (FunctionsHttp.FileName(request) is not { } fileName)
        {
            return await FunctionsHttp.ErrorAsync(request, ApiErrors.MissingFileName, cancellationToken).ConfigureAwait(false);
        }

        using var content = new MemoryStream();
        await request.Body.CopyToAsync(content, cancellationToken).ConfigureAwait(false);
        var instanceId = await WorkflowClients.CallAnalyses(services, client)
            .StartAsync([new CallTranscriptUpload(fileName, content.ToArray())], cancellationToken).ConfigureAwait(false);
        return await client.CreateCheckStatusResponseAsync(request, instanceId, cancellationToken).ConfigureAwait(false);
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
