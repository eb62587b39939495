using System.Text.Json;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using ResumeFlow.Functions.Adapters;
using ResumeFlow.Workflows.Screening;

namespace ResumeFlow.Functions.Screening;

/// <summary>ScreenCandidates: the HTTP starter, both orchestrators and their activities — adapters only.</summary>
public sealed class ScreeningFunctions(WorkflowDispatcher dispatcher, IScreeningService screening)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Function("PostScreening")]
    public async Task<HttpResponseData> PostScreening(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "screenings")] HttpRequestData request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        var body = await JsonSerializer.DeserializeAsync<ScreeningRequest>(request.Body, Json, cancellationToken).ConfigureAwait(false)
            ?? new ScreeningRequest();
        using (AmbientOrchestrationClient.Use(client))
        {
            var start = await screening.StartAsync(body, cancellationToken).ConfigureAwait(false);
            return await client.CreateCheckStatusResponseAsync(request, start.InstanceId, cancellationToken).ConfigureAwait(false);
        }
    }

    [Function(ScreeningTaskNames.ScreenCandidates)]
    public Task<object?> ScreenCandidates([OrchestrationTrigger] TaskOrchestrationContext context)
        => dispatcher.RunOrchestratorAsync(ScreeningTaskNames.ScreenCandidates, context);

    [Function(ScreeningTaskNames.ScreenChunk)]
    public Task<object?> ScreenChunk([OrchestrationTrigger] TaskOrchestrationContext context)
        => dispatcher.RunOrchestratorAsync(ScreeningTaskNames.ScreenChunk, context);

    [Function(ScreeningTaskNames.AnalyzeJob)]
    public Task<object?> AnalyzeJob([ActivityTrigger] JsonElement? input, FunctionContext context)
        => dispatcher.RunActivityAsync(ScreeningTaskNames.AnalyzeJob, input, context.InvocationId, context.CancellationToken);

    [Function(ScreeningTaskNames.ListCandidates)]
    public Task<object?> ListCandidates([ActivityTrigger] JsonElement? input, FunctionContext context)
        => dispatcher.RunActivityAsync(ScreeningTaskNames.ListCandidates, input, context.InvocationId, context.CancellationToken);

    [Function(ScreeningTaskNames.ScoreCandidate)]
    public Task<object?> ScoreCandidate([ActivityTrigger] JsonElement? input, FunctionContext context)
        => dispatcher.RunActivityAsync(ScreeningTaskNames.ScoreCandidate, input, context.InvocationId, context.CancellationToken);

    [Function(ScreeningTaskNames.WriteReport)]
    public Task<object?> WriteReport([ActivityTrigger] JsonElement? input, FunctionContext context)
        => dispatcher.RunActivityAsync(ScreeningTaskNames.WriteReport, input, context.InvocationId, context.CancellationToken);
}
