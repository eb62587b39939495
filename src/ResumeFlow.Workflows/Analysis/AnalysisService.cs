using System.Text.Json;
using Microsoft.DurableTask.Client;
using ResumeFlow.Storage.Artifacts;
using ResumeFlow.Storage.Documents;
using ResumeFlow.Workflows.Analysis.Reports;

namespace ResumeFlow.Workflows.Analysis;

internal sealed class AnalysisService(DurableTaskClient client, IArtifactStore artifacts, IDocumentStore documents, AnalysisLlm llm) : IAnalysisService
{
    public async Task<string> StartAsync(AnalyzeResumeInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (string.IsNullOrWhiteSpace(input.CandidateId))
        {
            throw new AnalysisException(AnalysisErrorCodes.CandidateRequired, "Name the candidate: candidateId.");
        }

        if (string.IsNullOrWhiteSpace(input.JobId))
        {
            throw new AnalysisException(AnalysisErrorCodes.JobRequired, "Name the job: jobId.");
        }

        if (input.Deployment is { } deployment && !llm.Deployments.Contains(deployment))
        {
            throw new AnalysisException(AnalysisErrorCodes.DeploymentUnknown, llm.IsAvailable
                ? $"No deployment '{deployment}' is configured; use one of {string.Join(", ", llm.Deployments.Order(StringComparer.Ordinal))}."
                : $"No LLM is configured, so deployment '{deployment}' cannot be used; leave deployment out.");
        }

        // The same read the first activity does: a bad reference is refused here, before anything starts.
        await AnalysisInputs.LoadAsync(documents, artifacts, input.CandidateId, input.JobId, cancellationToken).ConfigureAwait(false);
        return await client.ScheduleNewOrchestrationInstanceAsync(AnalysisTaskNames.AnalyzeResume, input, cancellationToken).ConfigureAwait(false);
    }

    public async Task<AnalysisResult?> GetResultAsync(string analysisId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(analysisId);
        var metadata = await client.GetInstanceAsync(analysisId, getInputsAndOutputs: true, cancellationToken).ConfigureAwait(false);
        if (metadata is null || metadata.Name != AnalysisTaskNames.AnalyzeResume)
        {
            return null;
        }

        var progress = metadata.SerializedCustomStatus is { } status ? metadata.ReadCustomStatusAs<AnalysisStatus>() : null;
        var input = metadata.ReadInputAs<AnalyzeResumeInput>();
        if (metadata.RuntimeStatus != OrchestrationRuntimeStatus.Completed)
        {
            return new AnalysisResult(analysisId, metadata.RuntimeStatus.ToString(), progress, null, null, metadata.FailureDetails?.ErrorMessage, input);
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

        return new AnalysisResult(analysisId, metadata.RuntimeStatus.ToString(), progress, summary, report, null, input);
    }

    public async Task<AnalysisReportFile> OpenReportAsync(string analysisId, string file, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(analysisId);
        ArgumentNullException.ThrowIfNull(file);
        if (!AnalysisReportWriters.Files.Contains(file, StringComparer.Ordinal))
        {
            throw new AnalysisException(AnalysisErrorCodes.UnknownReport, $"Unknown report '{file}'; use {string.Join(", ", AnalysisReportWriters.Files)}.");
        }

        var metadata = await client.GetInstanceAsync(analysisId, getInputsAndOutputs: true, cancellationToken).ConfigureAwait(false)
            ?? throw new AnalysisException(AnalysisErrorCodes.AnalysisNotFound, $"No analysis has id '{analysisId}'.");
        if (metadata.RuntimeStatus != OrchestrationRuntimeStatus.Completed || metadata.Name != AnalysisTaskNames.AnalyzeResume)
        {
            throw metadata.Name == AnalysisTaskNames.AnalyzeResume
                ? new AnalysisException(AnalysisErrorCodes.AnalysisNotCompleted, $"Analysis '{analysisId}' is {metadata.RuntimeStatus}; its reports exist once it has completed.")
                : new AnalysisException(AnalysisErrorCodes.AnalysisNotFound, $"No analysis has id '{analysisId}'.");
        }

        var reference = metadata.ReadOutputAs<AnalysisSummary>()?.Reports.GetValueOrDefault(file)
            ?? throw new AnalysisException(AnalysisErrorCodes.ReportNotFound, $"Analysis '{analysisId}' has no {file}.");
        var (container, name) = Ingestion.IngestionArtifacts.Split(reference);
        try
        {
            var stream = await artifacts.OpenReadAsync(container, name, cancellationToken).ConfigureAwait(false);
            return new AnalysisReportFile(file, AnalysisReportWriters.ContentType(file), stream);
        }
        catch (ArtifactNotFoundException)
        {
            throw new AnalysisException(AnalysisErrorCodes.ReportNotFound, $"The {file} of analysis '{analysisId}' is missing.");
        }
    }
}
