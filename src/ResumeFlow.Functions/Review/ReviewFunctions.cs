using System.Net;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
using Microsoft.DurableTask.Client;
using ResumeFlow.Functions.Http;
using ResumeFlow.Workflows.Api;
using ResumeFlow.Workflows.Audit;
using ResumeFlow.Workflows.Catalogue;
using ResumeFlow.Workflows.Erasure;
using ResumeFlow.Workflows.Screening;

namespace ResumeFlow.Functions.Review;

/// <summary>Human oversight as the local host serves it: review a decision, erase a candidate, export a screening's audit trail.</summary>
public sealed class ReviewFunctions(IServiceProvider services, IAuditLog audit)
{
    [Function("PostReview")]
    public async Task<HttpResponseData> PostReview(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "screenings/{id}/candidates/{candidateId}/review")] HttpRequestData request,
        string id,
        string candidateId,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return await FunctionsHttp.AnswerAsync(request, async () =>
        {
            var body = await FunctionsHttp.ReadJsonAsync<ReviewBody>(request, cancellationToken).ConfigureAwait(false);
            var review = await WorkflowClients.Reviews(services, client).ReviewAsync(id, candidateId, body.ToRequest(), cancellationToken).ConfigureAwait(false);
            var response = request.CreateResponse(HttpStatusCode.OK);
            await response.WriteAsJsonAsync(review, cancellationToken).ConfigureAwait(false);
            return response;
        }, cancellationToken).ConfigureAwait(false);
    }

    [Function("DeleteCandidate")]
    public async Task<HttpResponseData> DeleteCandidate(
        [HttpTrigger(AuthorizationLevel.Function, "delete", Route = "candidates/{id}")] HttpRequestData request,
        string id,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return await FunctionsHttp.AnswerAsync(request, async () =>
        {
            var report = await WorkflowClients.Erasure(services, client).EraseAsync(id, requestedBy: null, cancellationToken).ConfigureAwait(false);
            var response = request.CreateResponse(HttpStatusCode.OK);
            await response.WriteAsJsonAsync(report, cancellationToken).ConfigureAwait(false);
            return response;
        }, cancellationToken).ConfigureAwait(false);
    }

    [Function("GetAudit")]
    public async Task<HttpResponseData> GetAudit(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "screenings/{id}/audit")] HttpRequestData request,
        string id,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = request.CreateResponse(HttpStatusCode.OK);
        response.Headers.Add("Content-Type", "application/x-ndjson");
        await audit.WriteJsonLinesAsync(id, response.Body, cancellationToken).ConfigureAwait(false);
        return response;
    }
}
