using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using ResumeFlow.Functions.Http;
using ResumeFlow.Functions.Tasks;
using ResumeFlow.Workflows.Api;
using ResumeFlow.Workflows.Catalogue;
using ResumeFlow.Workflows.Screening;

namespace ResumeFlow.Functions.Screening;

/// <summary>ScreenCandidates in Azure Functions: one-line triggers over the shared orchestrators and activities.</summary>
public sealed class ScreeningFunctions(IServiceProvider services)
{
    [Function("PostScreening")]
    public async Task<HttpResponseData> PostScreening(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "screenings")] HttpRequestData request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return await FunctionsHttp.AnswerAsync(request, async () =>
        {
            var body = await FunctionsHttp.ReadJsonAsync<CreateScreeningBody>(request, cancellationToken).ConfigureAwait(false);
            var start = await WorkflowClients.Screening(services, client).StartAsync(body.ToRequest(), cancellationToken).ConfigureAwait(false);
            return await client.CreateCheckStatusResponseAsync(request, start.InstanceId, cancellationToken).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
    }

    [Function("RetryScreening")]
    public async Task<HttpResponseData> RetryScreening(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "screenings/{id}/retry")] HttpRequestData request,
        string id,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return await FunctionsHttp.AnswerAsync(request, async () =>
        {
            var start = await WorkflowClients.Screening(services, client).RetryFailedAsync(id, cancellationToken).ConfigureAwait(false);
            return await client.CreateCheckStatusResponseAsync(request, start.InstanceId, cancellationToken).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
    }

    [Function(ScreeningTaskNames.ScreenCandidates)]
    public Task<ScreeningOutcome> ScreenCandidates([OrchestrationTrigger] TaskOrchestrationContext context)
        => new ScreenCandidatesOrchestrator().RunAsync(context, context.GetInput<ScreenCandidatesInput>()!);

    [Function(ScreeningTaskNames.ScreenChunk)]
    public Task<ScreenChunkResult> ScreenChunk([OrchestrationTrigger] TaskOrchestrationContext context)
        => new ScreenChunkOrchestrator().RunAsync(context, context.GetInput<ScreenChunkInput>()!);

    [Function(ScreeningTaskNames.AnalyzeJob)]
    public Task<JobAnalysisSummary> AnalyzeJob([ActivityTrigger] string input, FunctionContext context)
        => CatalogueActivities.RunAsync<JobAnalysisSummary>(ScreeningTaskNames.AnalyzeJob, input, context);

    [Function(ScreeningTaskNames.ReadCandidateRange)]
    public Task<IReadOnlyList<string>> ReadCandidateRange([ActivityTrigger] CandidateRange input, FunctionContext context)
        => CatalogueActivities.RunAsync<IReadOnlyList<string>>(ScreeningTaskNames.ReadCandidateRange, input, context);

    [Function(ScreeningTaskNames.SelectLlmCandidates)]
    public Task<CandidateRange> SelectLlmCandidates([ActivityTrigger] SelectLlmCandidatesInput input, FunctionContext context)
        => CatalogueActivities.RunAsync<CandidateRange>(ScreeningTaskNames.SelectLlmCandidates, input, context);

    [Function(ScreeningTaskNames.ScoreCandidate)]
    public Task<CandidateScoreSummary> ScoreCandidate([ActivityTrigger] ScoreCandidateInput input, FunctionContext context)
        => CatalogueActivities.RunAsync<CandidateScoreSummary>(ScreeningTaskNames.ScoreCandidate, input, context);

    [Function(ScreeningTaskNames.ScoreChunk)]
    public Task<ScoreChunkOutcome> ScoreChunk([ActivityTrigger] ScoreChunkInput input, FunctionContext context)
        => CatalogueActivities.RunAsync<ScoreChunkOutcome>(ScreeningTaskNames.ScoreChunk, input, context);

    [Function(ScreeningTaskNames.WriteReport)]
    public Task<ScreeningOutcome> WriteReport([ActivityTrigger] WriteScreeningReportInput input, FunctionContext context)
        => CatalogueActivities.RunAsync<ScreeningOutcome>(ScreeningTaskNames.WriteReport, input, context);

    [Function(ScreeningTaskNames.EstimateLlmCost)]
    public Task<ScreeningCostEstimate> EstimateLlmCost([ActivityTrigger] EstimateLlmCostInput input, FunctionContext context)
        => CatalogueActivities.RunAsync<ScreeningCostEstimate>(ScreeningTaskNames.EstimateLlmCost, input, context);

    [Function(ScreeningTaskNames.PrepareLlmBatch)]
    public Task<PreparedScreeningLlmBatch> PrepareLlmBatch([ActivityTrigger] ScreeningLlmBatchInput input, FunctionContext context)
        => CatalogueActivities.RunAsync<PreparedScreeningLlmBatch>(ScreeningTaskNames.PrepareLlmBatch, input, context);

    [Function(ScreeningTaskNames.CollectLlmResults)]
    public Task<ScreenChunkResult> CollectLlmResults([ActivityTrigger] ScreeningLlmBatchInput input, FunctionContext context)
        => CatalogueActivities.RunAsync<ScreenChunkResult>(ScreeningTaskNames.CollectLlmResults, input, context);
}
