using ResumeFlow.Core.Jobs;
using Microsoft.DurableTask;
using Microsoft.Extensions.Hosting;
using ResumeFlow.Storage.Documents;

namespace ResumeFlow.Workflows.Screening;

/// <summary>
/// Completes the screening's job analysis: the deterministic analysis was stored once when the job was saved
/// (<see cref="IScreeningService.SaveJobAsync"/>); when an LLM is configured its validated reading replaces it, once,
/// and is marked so no later screening analyses the job again or overwrites it.
/// </summary>
internal sealed class AnalyzeScreeningJobActivity(IDocumentStore documents, LlmJobAnalyzer llm, IHostApplicationLifetime lifetime) : TaskActivity<string, JobAnalysisSummary>
{
    public override async Task<JobAnalysisSummary> RunAsync(TaskActivityContext context, string input)
    {
        // The SDK gives activities no token; host shutdown abandons the attempt, which runs again after restart.
        var cancellationToken = lifetime.ApplicationStopping;
        ArgumentNullException.ThrowIfNull(input);
        var stored = await documents.ReadAsync<JobProfile>(DocumentContainers.Jobs, input, input, cancellationToken).ConfigureAwait(false)
            ?? throw new ScreeningException(ScreeningErrorCodes.JobNotFound, $"No job has id '{input}'.");

        // The job was analysed once when it was saved; only an LLM improvement is added, once, and never overwritten.
        var profile = stored.Document;
        if (profile.Analysis != JobProfile.LlmAnalysis)
        {
            var improved = await llm.ImproveAsync(profile, cancellationToken).ConfigureAwait(false);
            if (!ReferenceEquals(improved, profile))
            {
                profile = improved with { Analysis = JobProfile.LlmAnalysis };
                await documents.UpsertAsync(DocumentContainers.Jobs, input, input, profile, cancellationToken: cancellationToken).ConfigureAwait(false);
            }
        }

        return new JobAnalysisSummary(input, profile.Title, profile.MustHaveSkills.Count, profile.NiceToHaveSkills.Count);
    }
}
