using ResumeFlow.Core.Jobs;
using Microsoft.DurableTask;
using Microsoft.Extensions.Hosting;
using ResumeFlow.Storage.Documents;

namespace ResumeFlow.Workflows.Screening;

/// <summary>
/// Analyses the screening's job once, from the text stored with it, and stores the profile in
/// <c>jobs</c> for every ScoreCandidate activity to read (so the analysis is not repeated per candidate).
/// When an LLM is configured its validated reading replaces the deterministic one.
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

        var deterministic = JobAnalyzer.Analyze(stored.Document.Text, stored.Document.Title) with { Id = input };
        var profile = await llm.ImproveAsync(deterministic, cancellationToken).ConfigureAwait(false);
        await documents.UpsertAsync(DocumentContainers.Jobs, input, input, profile, cancellationToken: cancellationToken).ConfigureAwait(false);
        return new JobAnalysisSummary(input, profile.Title, profile.MustHaveSkills.Count, profile.NiceToHaveSkills.Count);
    }
}
