using System.Text.Json;
using Microsoft.DurableTask.Client;
using ResumeFlow.Storage.Artifacts;
using ResumeFlow.Workflows.Analysis.Reports;

namespace ResumeFlow.Workflows.Analysis;

internal sealed class AnalysisService(DurableTaskClient client, IArtifactStore artifacts) : IAnalysisService
{
    public async Task<string> StartAsync(AnalyzeResumeInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentException.ThrowIfNullOrWhiteSpace(input.CandidateId);
        ArgumentException.ThrowIfNullOrWhiteSpace(input.JobId);
        return await client.ScheduleNewOrchestrationInstanceAsync(AnalysisTaskNames.AnalyzeResume, input, cancellationToken).ConfigureAwait(false);
    }

    public async Task<AnalysisResult?> GetResultAsync(string analysisId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(analysisId);
        var metadata = await client.GetInstanceAsync(analysisId, getInputsAndOutputs: true, cancellationToken).ConfigureAwait(false);
        if (metadata is null)
        {
            return null;
        }

        var progress = metadata.SerializedCustomStatus is { } status ? metadata.ReadCustomStatusAs<AnalysisStatus>() : null;
        if (metadata.RuntimeStatus != OrchestrationRuntimeStatus.Completed)
        {
            return new AnalysisResult(analysisId, metadata.RuntimeStatus.ToString(), progress, null, null, metadata.FailureDetails?.ErrorMessage);
        }

        var summary = metadata.ReadOutputAs<AnalysisSummary>();
        AnalysisReport? report = null;
        if (summary?.Reports.GetValueOrDefault(AnalysisReportWriters.Json) is { } reference)
        {
            var (container, name) = Ingestion.IngestionArtifacts.Split(reference);
            var stream = await artifacts.OpenReadAsync(container, name, cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                report = await JsonSerializer.DeserializeAsync<AnalysisReport>(stream, AnalysisJson.Options, cancellationToken).ConfigureAwait(false);
            }
        }

        return new AnalysisResult(analysisId, metadata.RuntimeStatus.ToString(), progress, summary, report, null);
    }
}
