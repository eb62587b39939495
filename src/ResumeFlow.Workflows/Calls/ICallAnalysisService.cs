using Microsoft.DurableTask.Client;

namespace ResumeFlow.Workflows.Calls;

/// <summary>Starts and follows call-analysis runs (AnalyzeCalls) over <see cref="DurableTaskClient"/>.</summary>
public interface ICallAnalysisService
{
    /// <summary>Stores the transcripts under a new run and starts the orchestration; returns the run id (also its instance id).</summary>
    Task<string> StartAsync(IReadOnlyList<CallTranscriptUpload> transcripts, CancellationToken cancellationToken = default);

    /// <summary>
    /// As <see cref="StartAsync(IReadOnlyList{CallTranscriptUpload}, CancellationToken)"/>, with every call that names
    /// no candidate of its own tied to <paramref name="candidateId"/> (its summary then reaches that candidate's screening results).
    /// </summary>
    Task<string> StartAsync(IReadOnlyList<CallTranscriptUpload> transcripts, string? candidateId, CancellationToken cancellationToken = default);

    /// <summary>Analyses again only the calls of a finished run whose analysis failed; returns the new instance id.</summary>
    Task<string> RetryFailedAsync(string runId, CancellationToken cancellationToken = default);

    /// <summary>The instance's state with its custom status (<see cref="CallAnalysisStatus"/>) and output, or null when unknown.</summary>
    Task<OrchestrationMetadata?> GetAsync(string instanceId, CancellationToken cancellationToken = default);

    /// <summary>Waits for the run to finish and returns its result; throws <see cref="InvalidOperationException"/> when it did not complete.</summary>
    Task<AnalyzeCallsResult> WaitAsync(string instanceId, CancellationToken cancellationToken = default);
}
