using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using ResumeFlow.Functions.Http;
using ResumeFlow.Functions.Tasks;
using ResumeFlow.Llm.Batches;
using ResumeFlow.Workflows.Api;
using ResumeFlow.Workflows.Batches;
using ResumeFlow.Workflows.Catalogue;

namespace ResumeFlow.Functions.Batches;

/// <summary>Batch profile extraction in Azure Functions: one-line triggers over the shared orchestrators and activities.</summary>
public sealed class BatchFunctions(IServiceProvider services)
{
    [Function("PostBatch")]
    public async Task<HttpResponseData> PostBatch(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "batches")] HttpRequestData request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return await FunctionsHttp.AnswerAsync(request, async () =>
        {
            var body = await FunctionsHttp.ReadJsonAsync<CreateBatchBody>(request, cancellationToken).ConfigureAwait(false);
            body.Validate();
            var batches = WorkflowClients.Batches(services, client);
            var instanceId = body.NumBatches is { } count
                ? await batches.StartContinuousAsync(count, body.BatchSize, body.CheckIntervalSeconds is { } s ? TimeSpan.FromSeconds(s) : null, cancellationToken).ConfigureAwait(false)
                : await batches.SubmitAsync(body.BatchSize, cancellationToken).ConfigureAwait(false);
            return await client.CreateCheckStatusResponseAsync(request, instanceId, cancellationToken).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
    }

    [Function(nameof(BatchExtractProfilesOrchestrator))]
    public Task<BatchExtractResult> BatchExtractProfiles([OrchestrationTrigger] TaskOrchestrationContext context)
        => new BatchExtractProfilesOrchestrator().RunAsync(context, context.GetInput<BatchExtractInput>()!);

    [Function(nameof(BatchFileOrchestrator))]
    public Task<BatchTally> BatchFile([OrchestrationTrigger] TaskOrchestrationContext context)
        => new BatchFileOrchestrator().RunAsync(context, context.GetInput<BatchFileInput>()!);

    [Function(nameof(ContinuousBatchOrchestrator))]
    public Task<ContinuousBatchResult> ContinuousBatch([OrchestrationTrigger] TaskOrchestrationContext context)
        => new ContinuousBatchOrchestrator().RunAsync(context, context.GetInput<ContinuousBatchInput>()!);

    [Function("PrepareBatchJobActivity")]
    public Task<PreparedBatchJob> PrepareBatchJob([ActivityTrigger] PrepareBatchJobInput input, FunctionContext context)
        => CatalogueActivities.RunAsync<PreparedBatchJob>("PrepareBatchJobActivity", input, context);

    [Function("BackfillExtractionIndexActivity")]
    public Task<int> BackfillExtractionIndex([ActivityTrigger] string? input, FunctionContext context)
        => CatalogueActivities.RunAsync<int>("BackfillExtractionIndexActivity", input, context);

    [Function("SubmitBatchFileActivity")]
    public Task<string> SubmitBatchFile([ActivityTrigger] SubmitBatchFileInput input, FunctionContext context)
        => CatalogueActivities.RunAsync<string>("SubmitBatchFileActivity", input, context);

    [Function("CheckBatchActivity")]
    public Task<BatchInfo> CheckBatch([ActivityTrigger] string input, FunctionContext context)
        => CatalogueActivities.RunAsync<BatchInfo>("CheckBatchActivity", input, context);

    [Function("ApplyBatchResultsActivity")]
    public Task<AppliedBatch> ApplyBatchResults([ActivityTrigger] ApplyBatchInput input, FunctionContext context)
        => CatalogueActivities.RunAsync<AppliedBatch>("ApplyBatchResultsActivity", input, context);

    [Function("WriteBatchCostReportActivity")]
    public Task<BatchCostReportRef> WriteBatchCostReport([ActivityTrigger] BatchCostReportInput input, FunctionContext context)
        => CatalogueActivities.RunAsync<BatchCostReportRef>("WriteBatchCostReportActivity", input, context);
}
