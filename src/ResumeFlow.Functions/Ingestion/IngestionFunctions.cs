using System.Text.Json;
using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using ResumeFlow.Functions.Adapters;
using ResumeFlow.Storage.Artifacts;
using ResumeFlow.Workflows.Ingestion;

namespace ResumeFlow.Functions.Ingestion;

/// <summary>IngestCv: the blob trigger, the HTTP starter, the orchestrator and its activities — adapters only.</summary>
public sealed class IngestionFunctions(WorkflowDispatcher dispatcher, ICvIngestionService ingestion)
{
    [Function("CvUploaded")]
    public async Task CvUploaded(
        [BlobTrigger(ArtifactContainers.Cvs + "/{name}", Connection = "AzureWebJobsStorage")] BlobClient blob,
        string name,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        // The trigger names the blob; the workflow reads it through the artifact store, not from this binding.
        _ = blob;
        using (AmbientOrchestrationClient.Use(client))
        {
            await ingestion.StartFromBlobAsync(ArtifactContainers.Cvs, name, cancellationToken).ConfigureAwait(false);
        }
    }

    [Function("PostCv")]
    public async Task<HttpResponseData> PostCv(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "cvs")] HttpRequestData request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        var fileName = request.Query["fileName"] ?? request.Headers.GetValues("X-File-Name").FirstOrDefault() ?? "upload.bin";
        using (AmbientOrchestrationClient.Use(client))
        {
            var start = await ingestion.UploadAsync(request.Body, fileName, cancellationToken: cancellationToken).ConfigureAwait(false);
            return await client.CreateCheckStatusResponseAsync(request, start.InstanceId, cancellationToken).ConfigureAwait(false);
        }
    }

    [Function(IngestionTaskNames.IngestCv)]
    public Task<object?> IngestCv([OrchestrationTrigger] TaskOrchestrationContext context)
        => dispatcher.RunOrchestratorAsync(IngestionTaskNames.IngestCv, context);

    [Function(IngestionTaskNames.RegisterCandidate)]
    public Task<object?> RegisterCandidate([ActivityTrigger] JsonElement? input, FunctionContext context)
        => dispatcher.RunActivityAsync(IngestionTaskNames.RegisterCandidate, input, context.InvocationId, context.CancellationToken);

    [Function(IngestionTaskNames.ExtractCv)]
    public Task<object?> ExtractCv([ActivityTrigger] JsonElement? input, FunctionContext context)
        => dispatcher.RunActivityAsync(IngestionTaskNames.ExtractCv, input, context.InvocationId, context.CancellationToken);

    [Function(IngestionTaskNames.SaveCandidate)]
    public Task<object?> SaveCandidate([ActivityTrigger] JsonElement? input, FunctionContext context)
        => dispatcher.RunActivityAsync(IngestionTaskNames.SaveCandidate, input, context.InvocationId, context.CancellationToken);
}
