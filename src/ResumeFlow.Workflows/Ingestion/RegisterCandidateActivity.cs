using ResumeFlow.Core.Candidates;
using Microsoft.DurableTask;
using Microsoft.Extensions.Hosting;
using ResumeFlow.Storage.Documents;

namespace ResumeFlow.Workflows.Ingestion;

/// <summary>
/// Creates the Pending candidate document, or reports that this content was already ingested, so a
/// re-upload does no work. A failed candidate is registered again: its bytes came again, perhaps
/// under a name that fixes the failure (a PDF sent as .txt, then as .pdf).
/// </summary>
internal sealed class RegisterCandidateActivity(IDocumentStore documents, IHostApplicationLifetime lifetime) : TaskActivity<RegisterCandidateInput, RegisterCandidateResult>
{
    public override async Task<RegisterCandidateResult> RunAsync(TaskActivityContext context, RegisterCandidateInput input)
    {
        // The SDK gives activities no token; host shutdown abandons the attempt, which runs again after restart.
        var cancellationToken = lifetime.ApplicationStopping;
        ArgumentNullException.ThrowIfNull(input);
        var upload = input.Upload;
        var existing = await documents.ReadAsync<CandidateDocument>(DocumentContainers.Candidates, upload.CandidateId, upload.CandidateId, cancellationToken).ConfigureAwait(false);
        if (existing?.Document is { Status: CandidateStatus.Ingested } done)
        {
            return new RegisterCandidateResult(done.Status, AlreadyDone: true, done.Artifacts.Text, done.Artifacts.Profile, done.Error?.Code);
        }

        var document = new CandidateDocument
        {
            Id = upload.CandidateId,
            FileName = upload.FileName,
            ContentType = upload.ContentType ?? IngestionContentTypes.FromFileName(upload.FileName),
            Size = existing?.Document.Size ?? 0,
            Status = CandidateStatus.Pending,
            Artifacts = new CandidateArtifacts(IngestionArtifacts.Reference(upload.Container, upload.BlobName)),
            InstanceId = input.InstanceId,
            CreatedAt = existing?.Document.CreatedAt ?? input.StartedAt,
        };
        await documents.UpsertAsync(DocumentContainers.Candidates, document.Id, document.Id, document, cancellationToken: cancellationToken).ConfigureAwait(false);
        await CandidateSearchIndex.WriteAsync(documents, document, cancellationToken).ConfigureAwait(false);
        return new RegisterCandidateResult(CandidateStatus.Pending, AlreadyDone: false);
    }
}
