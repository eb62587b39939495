using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using ResumeFlow.Functions.Http;
using ResumeFlow.Functions.Tasks;
using ResumeFlow.Workflows.Analysis;
using ResumeFlow.Workflows.Api;
using ResumeFlow.Workflows.Catalogue;

namespace ResumeFlow.Functions.Analysis;

/// <summary>AnalyzeResume in Azure Functions: one-line triggers over the shared orchestrator and activities.</summary>
public sealed class AnalysisFunctions(IServiceProvider services)
{
    [Function("PostAnalysis")]
    public async Task<HttpResponseData> PostAnalysis(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "analyses")] HttpRequestData request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return await FunctionsHttp.AnswerAsync(request, async () =>
        {
            var body = await FunctionsHttp.ReadJsonAsync<AnalyzeResumeInput>(request, cancellationToken).ConfigureAwait(false);
            var instanceId = await WorkflowClients.Analyses(services, client).StartAsync(body, cancellationToken).ConfigureAwait(false);
            return await client.CreateCheckStatusResponseAsync(request, instanceId, cancellationToken).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
    }

    [Function(AnalysisTaskNames.AnalyzeResume)]
    public Task<AnalysisSummary> AnalyzeResume([OrchestrationTrigger] TaskOrchestrationContext context)
        => new AnalyzeResumeOrchestrator().RunAsync(context, context.GetInput<AnalyzeResumeInput>()!);

    [Function(AnalysisTaskNames.PrepareAnalysis)]
    public Task<AnalysisPlan> PrepareAnalysis([ActivityTrigger] AnalyzeResumeInput input, FunctionContext context)
        => CatalogueActivities.RunAsync<AnalysisPlan>(AnalysisTaskNames.PrepareAnalysis, input, context);

    [Function(AnalysisTaskNames.AnalyzeSection)]
    public Task<SectionOutcome> AnalyzeSection([ActivityTrigger] SectionRequest input, FunctionContext context)
        => CatalogueActivities.RunAsync<SectionOutcome>(AnalysisTaskNames.AnalyzeSection, input, context);

    [Function(AnalysisTaskNames.CompleteAnalysis)]
    public Task<AnalysisSummary> CompleteAnalysis([ActivityTrigger] CompleteAnalysisInput input, FunctionContext context)
        => CatalogueActivities.RunAsync<AnalysisSummary>(AnalysisTaskNames.CompleteAnalysis, input, context);
}
