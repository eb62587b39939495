using ResumeFlow.Core.Candidates;
using Microsoft.DurableTask;
using Microsoft.Extensions.Hosting;
using ResumeFlow.Storage.Documents;

namespace ResumeFlow.Workflows.Ingestion;

/// <summary>Writes the final candidate document: Ingested with its summary, or Failed with the error code (the upload stays).</summary>
internal sealed class SaveCandidateActivity(IDocumentStore documents, IHostApplicationLifetime lifetime) : TaskActivity<SaveCandidateInput, CandidateStatus>
{
    public override async Task<CandidateStatus> RunAsync(TaskActivityContext context, SaveCandidateInput input)
    {
        // The SDK gives activities no token; host shutdown abandons the attempt, which runs again after restart.
        var cancellationToken = lifetime.ApplicationStopping;
        ArgumentNullException.ThrowIfNull(input);
        var upload = input.Upload;
        var outcome = input.Outcome;
        var existing = await documents.ReadAsync<CandidateDocument>(DocumentContainers.Candidates, upload.CandidateId, upload.CandidateId, cancellationToken).ConfigureAwait(false);
        var status = outcome.Succeeded ? CandidateStatus.Ingested : CandidateStatus.Failed;
        var document = new CandidateDocument
        {
            Id = upload.CandidateId,
            FileName = upload.FileName,
            ContentType = upload.ContentType ?? IngestionContentTypes.FromFileName(upload.FileName),
            Size = outcome.Size,
            Status = status,
            Error = outcome.Succeeded ? null : new CandidateError(outcome.ErrorCode!, outcome.ErrorMessage ?? outcome.ErrorCode!),
            Artifacts = new CandidateArtifacts(IngestionArtifacts.Reference(upload.Container, upload.BlobName), outcome.TextArtifact, outcome.ProfileArtifact),
            Format = outcome.Format,
            PageCount = outcome.PageCount,
            Flags = outcome.Flags,
            Warnings = outcome.Warnings,
            SectionKinds = outcome.SectionKinds,
            Name = outcome.Name,
            Skills = outcome.Skills,
            TotalYearsExperience = outcome.TotalYearsExperience,
            ProfileSource = outcome.ProfileSource,
            InstanceId = input.InstanceId,
            CreatedAt = existing?.Document.CreatedAt ?? input.CompletedAt,
            IngestedAt = outcome.Succeeded ? input.CompletedAt : null,
        };
        await documents.UpsertAsync(DocumentContainers.Candidates, document.Id, document.Id, document, cancellationToken: cancellationToken).ConfigureAwait(false);
        await CandidateSearchIndex.WriteAsync(documents, document, cancellationToken).ConfigureAwait(false);
        if (outcome.Succeeded)
        {
            // Keeps the extraction-state index current on write, so batch extraction selects with a single-partition read.
            await new Batches.ExtractionIndex(documents, TimeProvider.System).AddAsync(document.Id, cancellationToken).ConfigureAwait(false);
        }

        return status;
    }
}
