using Microsoft.DurableTask;

namespace ResumeFlow.Workflows.Calls;

/// <summary>
/// AnalyzeCalls: read the run's transcripts → one LLM analysis per call (directly when the run fits one chunk,
/// else one sub-orchestration per chunk) → fold the stored results into the report. Inputs and outputs are the
/// run id, call ids and counters; transcripts and insights stay in the artifact store.
/// </summary>
public sealed class AnalyzeCallsOrchestrator : TaskOrchestrator<AnalyzeCallsInput, AnalyzeCallsResult>
{
    public const string Name = nameof(AnalyzeCallsOrchestrator);

    public override async Task<AnalyzeCallsResult> RunAsync(TaskOrchestrationContext context, AnalyzeCallsInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        context.SetCustomStatus(new CallAnalysisStatus("reading", 0, 0, 0, 0, 0));
        var read = await context.CallActivityAsync<ReadTranscriptsResult>(ReadCallTranscriptsActivity.Name, input.RunId, CallTaskOptions.Activity);
        var ids = read.CallIds;
        var chunkSize = Math.Max(1, input.ChunkSize);
        var chunks = ids.Chunk(chunkSize).ToList();
        int analysed;
        if (chunks.Count <= 1)
        {
            context.SetCustomStatus(new CallAnalysisStatus("analysing", ids.Count, 0, 0, 0, chunks.Count));
            var results = await Task.WhenAll(ids.Select(id => AnalyzeCallChunkOrchestrator.AnalyzeAsync(context, new AnalyzeCallInput(input.RunId, id, input.RetryFailedOnly))));
            analysed = results.Count(r => r);
        }
        else
        {
            // Chunks run together; progress is reported as each one finishes.
            var pending = chunks.Select(c => context.CallSubOrchestratorAsync<AnalyzeCallChunkResult>(
                AnalyzeCallChunkOrchestrator.Name, new AnalyzeCallChunkInput(input.RunId, c, input.RetryFailedOnly))).ToList();
            var (done, failed, completed) = (0, 0, 0);
            context.SetCustomStatus(new CallAnalysisStatus("analysing", ids.Count, 0, 0, 0, chunks.Count));
            while (pending.Count > 0)
            {
                var finished = await Task.WhenAny(pending);
                pending.Remove(finished);
                var chunk = await finished;
                (done, failed, completed) = (done + chunk.Analysed, failed + chunk.Failed, completed + 1);
                context.SetCustomStatus(new CallAnalysisStatus("analysing", ids.Count, done + failed, failed, completed, chunks.Count));
            }

            analysed = done;
        }

        context.SetCustomStatus(new CallAnalysisStatus("reporting", ids.Count, ids.Count, ids.Count - analysed, chunks.Count, chunks.Count));
        await context.CallActivityAsync(WriteCallReportActivity.Name, new WriteCallReportInput(input.RunId, ids, read.UnreadableFiles), CallTaskOptions.Activity);
        context.SetCustomStatus(new CallAnalysisStatus("done", ids.Count, ids.Count, ids.Count - analysed, chunks.Count, chunks.Count));
        return new AnalyzeCallsResult(
            input.RunId,
            ids.Count,
            analysed,
            ids.Count - analysed,
            read.UnreadableFiles,
            CallArtifacts.ReportHtml(input.RunId),
            CallArtifacts.ReportJson(input.RunId),
            CallArtifacts.ReportCsv(input.RunId));
    }
}
