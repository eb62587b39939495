using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using ResumeFlow.Core.Candidates;
using ResumeFlow.Functions.Http;
using ResumeFlow.Functions.Tasks;
using ResumeFlow.Storage.Artifacts;
using ResumeFlow.Workflows.Api;
using ResumeFlow.Workflows.Catalogue;
using ResumeFlow.Workflows.Ingestion;

namespace ResumeFlow.Functions.Ingestion;

/// <summary>IngestCv in Azure Functions: one-line triggers over the shared orchestrator and activities.</summary>
public sealed class IngestionFunctions(IServiceProvider services)
{
    /// <summary>A CV dropped into the <c>cvs</c> container starts IngestCv (the same bytes twice cost nothing: the id is their hash).</summary>
    [Function("CvUploaded")]
    public Task CvUploaded(
        [BlobTrigger(ArtifactContainers.Cvs + "/{name}", Connection = "AzureWebJobsStorage")] byte[] content,
        string name,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        // The workflow reads the blob through the artifact store; the trigger only names it.
        _ = content;
        return WorkflowClients.Ingestion(services, client).StartFromBlobAsync(ArtifactContainers.Cvs, name, cancellationToken);
    }

    [Function("PostCv")]
    public async Task<HttpResponseData> PostCv(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "cvs")] HttpRequestData request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (FunctionsHttp.FileName(request) is not { } fileName)
        {
            return await FunctionsHttp.ErrorAsync(request, ApiErrors.MissingFileName, cancellationToken).ConfigureAwait(false);
        }

        return await FunctionsHttp.AnswerAsync(request, async () =>
        {
            var start = await WorkflowClients.Ingestion(services, client)
                .UploadAsync(request.Body, fileName, FunctionsHttp.ContentType(request), cancellationToken).ConfigureAwait(false);
            var response = await client.CreateCheckStatusResponseAsync(request, start.InstanceId, cancellationToken).ConfigureAwait(false);
            response.Headers.Add("X-Candidate-Id", start.CandidateId);
            return response;
        }, cancellationToken).ConfigureAwait(false);
    }

    [Function(IngestionTaskNames.IngestCv)]
    public Task<IngestCvResult> IngestCv([OrchestrationTrigger] TaskOrchestrationContext context)
        => new IngestCvOrchestrator().RunAsync(context, context.GetInput<IngestCvInput>()!);

    [Function(IngestionTaskNames.RegisterCandidate)]
    public Task<RegisterCandidateResult> RegisterCandidate([ActivityTrigger] RegisterCandidateInput input, FunctionContext context)
        => CatalogueActivities.RunAsync<RegisterCandidateResult>(IngestionTaskNames.RegisterCandidate, input, context);

    [Function(IngestionTaskNames.ExtractCv)]
    public Task<ExtractCvOutcome> ExtractCv([ActivityTrigger] ExtractCvInput input, FunctionContext context)
        => CatalogueActivities.RunAsync<ExtractCvOutcome>(IngestionTaskNames.ExtractCv, input, context);

    [Function(IngestionTaskNames.SaveCandidate)]
    public Task<CandidateStatus> SaveCandidate([ActivityTrigger] SaveCandidateInput input, FunctionContext context)
        => CatalogueActivities.RunAsync<CandidateStatus>(IngestionTaskNames.SaveCandidate, input, context);
}
