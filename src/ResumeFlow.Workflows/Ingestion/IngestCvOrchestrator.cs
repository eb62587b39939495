using ResumeFlow.Core.Candidates;
using Microsoft.DurableTask;

namespace ResumeFlow.Workflows.Ingestion;

/// <summary>
/// IngestCv: register the candidate (content hash = id; a known file ends here, doing nothing) →
/// extract text, sections and profile (stored as artifacts by the activity) → save the candidate
/// document. A file that cannot be read is recorded on the candidate with its stable error code,
/// and the instance then fails with that code; the upload is kept. Custom status names the step.
/// </summary>
public sealed class IngestCvOrchestrator : TaskOrchestrator<IngestCvInput, IngestCvResult>
{
    public override async Task<IngestCvResult> RunAsync(TaskOrchestrationContext context, IngestCvInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var retry = TaskOptions.FromRetryPolicy(new RetryPolicy(4, TimeSpan.FromSeconds(2), backoffCoefficient: 2, maxRetryInterval: TimeSpan.FromSeconds(30)));
        var started = new DateTimeOffset(context.CurrentUtcDateTime, TimeSpan.Zero);

        context.SetCustomStatus(new IngestCvStatus(IngestionSteps.Registering, input.CandidateId, input.FileName));
        var registered = await context.CallActivityAsync<RegisterCandidateResult>(
            IngestionTaskNames.RegisterCandidate, new RegisterCandidateInput(input, context.InstanceId, started), retry);
        if (registered.AlreadyDone)
        {
            context.SetCustomStatus(new IngestCvStatus(IngestionSteps.AlreadyIngested, input.CandidateId, input.FileName, registered.ErrorCode));
            return new IngestCvResult(input.CandidateId, registered.Status, AlreadyIngested: true, registered.TextArtifact, registered.ProfileArtifact);
        }

        context.SetCustomStatus(new IngestCvStatus(IngestionSteps.Extracting, input.CandidateId, input.FileName));
        var asOf = $"{started.Year:D4}-{started.Month:D2}";
        var outcome = await context.CallActivityAsync<ExtractCvOutcome>(IngestionTaskNames.ExtractCv, new ExtractCvInput(input, asOf), retry);

        context.SetCustomStatus(new IngestCvStatus(IngestionSteps.Saving, input.CandidateId, input.FileName, outcome.ErrorCode));
        var completed = new DateTimeOffset(context.CurrentUtcDateTime, TimeSpan.Zero);
        var status = await context.CallActivityAsync<CandidateStatus>(
            IngestionTaskNames.SaveCandidate, new SaveCandidateInput(input, outcome, context.InstanceId, completed), retry);

        if (!outcome.Succeeded)
        {
            context.SetCustomStatus(new IngestCvStatus(IngestionSteps.Failed, input.CandidateId, input.FileName, outcome.ErrorCode));
            throw new IngestionFailedException(outcome.ErrorCode!, outcome.ErrorMessage ?? outcome.ErrorCode!);
        }

        context.SetCustomStatus(new IngestCvStatus(IngestionSteps.Done, input.CandidateId, input.FileName));
        return new IngestCvResult(input.CandidateId, status, AlreadyIngested: false, outcome.TextArtifact, outcome.ProfileArtifact, outcome.Flags.Select(f => f.Code).ToList());
    }
}
