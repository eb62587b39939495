using Microsoft.DurableTask.Client;
using ResumeFlow.Core.Calls.Transcripts;
using ResumeFlow.Workflows.Calls;
using ResumeFlow.Workflows.Calls.Reports;

namespace ResumeFlow.Host.Web;

/// <summary>A call run as its page shows it: the instance with its progress, and once completed the report and its transcripts.</summary>
public sealed record CallRunView(OrchestrationMetadata Metadata, CallAnalysisStatus? Progress, CallReport? Report, IReadOnlyDictionary<string, CallTranscript> Transcripts)
{
    public string RunId => Metadata.InstanceId;

    /// <summary>The run, or null when the id is not a call analysis.</summary>
    public static async Task<CallRunView?> LoadAsync(ICallAnalysisService calls, CallRunStore store, string id, bool withTranscripts, CancellationToken cancellationToken)
    {
        if (!WebIds.IsValid(id) || await calls.GetAsync(id, cancellationToken).ConfigureAwait(false) is not { Name: AnalyzeCallsOrchestrator.Name } metadata)
        {
            return null;
        }

        var progress = metadata.SerializedCustomStatus is null ? null : metadata.ReadCustomStatusAs<CallAnalysisStatus>();
        if (metadata.RuntimeStatus != OrchestrationRuntimeStatus.Completed || metadata.ReadOutputAs<AnalyzeCallsResult>() is null)
        {
            return new CallRunView(metadata, progress, null, new Dictionary<string, CallTranscript>());
        }

        // The run id names the report (a retry's instance id differs from its run's).
        var runId = metadata.ReadOutputAs<AnalyzeCallsResult>()!.RunId;
        var report = await store.ReadAsync<CallReport>(CallArtifacts.ReportJson(runId), cancellationToken).ConfigureAwait(false);
        var transcripts = new Dictionary<string, CallTranscript>(StringComparer.Ordinal);
        if (withTranscripts)
        {
            foreach (var call in report.Calls)
            {
                if (await store.TryReadAsync<CallTranscript>(CallArtifacts.Call(runId, call.CallId), cancellationToken).ConfigureAwait(false) is { } transcript)
                {
                    transcripts[call.CallId] = transcript;
                }
            }
        }

        return new CallRunView(metadata, progress, report, transcripts);
    }
}
