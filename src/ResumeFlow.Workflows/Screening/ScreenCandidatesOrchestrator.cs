using Microsoft.DurableTask;

namespace ResumeFlow.Workflows.Screening;

/// <summary>
/// ScreenCandidates (DESIGN §4): analyse the job once; score every candidate deterministically in
/// chunk sub-orchestrations; re-score the pre-filtered few with the LLM in a second chunked pass;
/// then the report activity ranks, applies the threshold and writes the reports. The candidate set is stored and
/// passed by reference (a chunk is a range of it) and chunks return counters, so the history does not grow with the
/// number of candidates; the custom status is updated as each chunk finishes.
/// </summary>
public sealed class ScreenCandidatesOrchestrator : TaskOrchestrator<ScreenCandidatesInput, ScreeningOutcome>
{
    public override async Task<ScreeningOutcome> RunAsync(TaskOrchestrationContext context, ScreenCandidatesInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);

        var options = input.Options;
        var startedAt = context.CurrentUtcDateTime;
        var activityOptions = TaskOptions.FromRetryPolicy(new RetryPolicy(options.MaxAttempts, TimeSpan.FromSeconds(options.FirstRetrySeconds), 2, TimeSpan.FromMinutes(1)));
        var status = new ScreeningStatus { Phase = ScreeningPhases.AnalyzingJob };
        context.SetCustomStatus(status);

        await context.CallActivityAsync<JobAnalysisSummary>(ScreeningTaskNames.AnalyzeJob, input.JobId, activityOptions);

        var scoringChunks = input.Candidates.Chunk(options.ChunkSize);
        status = status with { Phase = ScreeningPhases.Scoring, Total = input.Candidates.Count, ChunksTotal = scoringChunks.Count };
        context.SetCustomStatus(status);

        var tracker = new ProgressTracker(context, status);
        var failures = new List<CandidateFailure>();
        var failedChunks = new List<CandidateRangeFailure>();

        // Without a top-K the pre-filter needs no global ranking: each candidate goes to the LLM
        // right after its deterministic score, and the two passes overlap.
        // A budget needs the whole selection before the first call, so it turns the overlap off.
        var pipeline = options.UseLlm && options.LlmTopK is null && input.LlmCandidates is null && options.BudgetUsd is null && options.Mode == ScreeningModes.Chat;
        await RunPassAsync(context, input, ScoringMode.Deterministic, scoringChunks, tracker, pipeline, failures, failedChunks);

        if (options.UseLlm && !pipeline)
        {
            // The pre-filter reads the stored results; only a reference to its choice comes back.
            var selected = await context.CallActivityAsync<CandidateRange>(
                ScreeningTaskNames.SelectLlmCandidates,
                new SelectLlmCandidatesInput(input.ScreeningId, context.InstanceId, input.Candidates, input.LlmCandidates, options.LlmTopK, options.LlmMinScore),
                activityOptions);
            if (options.BudgetUsd is { } budget && selected.Count > 0)
            {
                var estimate = await context.CallActivityAsync<ScreeningCostEstimate>(ScreeningTaskNames.EstimateLlmCost, new EstimateLlmCostInput(input.JobId, selected, input.Options.Blind), activityOptions);
                var kept = estimate.FittingWithin(budget);
                tracker.Budgeted(estimate.TotalUsd, selected.Count - kept);
                selected = selected.Take(kept);
            }

            if (selected.Count > 0)
            {
                var llmChunks = selected.Chunk(options.ChunkSize);
                tracker.StartLlmPass(selected.Count, options.Mode == ScreeningModes.Batch ? 1 : llmChunks.Count);
                if (options.Mode == ScreeningModes.Batch)
                {
                    var batch = await ScreeningBatchPass.RunAsync(context, input, selected, activityOptions);
                    failures.AddRange(batch.Failures);
                    tracker.ChunkDone(ScoringMode.Llm, batch, pipeline: false);
                }
                else
                {
                    await RunPassAsync(context, input, ScoringMode.Llm, llmChunks, tracker, pipeline: false, failures, failedChunks);
                }
            }
        }

        tracker.Report(ScreeningPhases.Reporting, etaSeconds: null);
        var outcome = await context.CallActivityAsync<ScreeningOutcome>(
            ScreeningTaskNames.WriteReport,
            new WriteScreeningReportInput(
                input.ScreeningId,
                input.JobId,
                options,
                failures.OrderBy(f => f.CandidateId, StringComparer.Ordinal).ToList(),
                input.IsRetry,
                startedAt,
                context.CurrentUtcDateTime,
                failedChunks),
            activityOptions);

        tracker.Report(ScreeningPhases.Completed, etaSeconds: 0, passedOverride: outcome.Passed);
        return outcome;
    }

    private static async Task RunPassAsync(
        TaskOrchestrationContext context,
        ScreenCandidatesInput input,
        ScoringMode mode,
        IReadOnlyList<CandidateRange> chunks,
        ProgressTracker tracker,
        bool pipeline,
        List<CandidateFailure> failures,
        List<CandidateRangeFailure> failedChunks)
    {
        var prefix = mode == ScoringMode.Deterministic ? "score" : "llm";
        var pending = new Dictionary<Task<ScreenChunkResult>, int>();
        for (var i = 0; i < chunks.Count; i++)
        {
            var chunkInput = new ScreenChunkInput(
                input.ScreeningId, input.JobId, i, mode, chunks[i], input.Options.Threshold, input.Options.MaxAttempts, input.Options.FirstRetrySeconds, pipeline, input.Options.LlmMinScore, input.Options.Blind, input.Options.Weights);
            var task = context.CallSubOrchestratorAsync<ScreenChunkResult>(
                ScreeningTaskNames.ScreenChunk,
                chunkInput,
                new SubOrchestrationOptions(instanceId: $"{context.InstanceId}:{prefix}:{i:D5}"));
            pending.Add(task, i);
        }

        while (pending.Count > 0)
        {
            var done = await Task.WhenAny(pending.Keys);
            var index = pending[done];
            pending.Remove(done);
            ScreenChunkResult result;
            try
            {
                result = await done;
            }
            catch (TaskFailedException ex)
            {
                // A chunk only fails for reasons outside one candidate (e.g. its history was lost); the report records each of its candidates.
                var range = chunks[index];
                failedChunks.Add(new CandidateRangeFailure(range, mode, ScreeningErrorCodes.ChunkFailed, ex.FailureDetails.ErrorMessage));
                result = new ScreenChunkResult(index, range.Count, range.Count, 0, 0, 0, 0, 0m, []);
            }

            failures.AddRange(result.Failures);
            tracker.ChunkDone(mode, result, pipeline);
        }
    }

    /// <summary>Keeps the running counters and publishes them as the custom status, with an ETA from replay-safe time.</summary>
    private sealed class ProgressTracker(TaskOrchestrationContext context, ScreeningStatus initial)
    {
        private ScreeningStatus _status = initial;
        private DateTime _passStartedAt = context.CurrentUtcDateTime;

        public void StartLlmPass(int candidates, int chunks)
        {
            _passStartedAt = context.CurrentUtcDateTime;
            _status = _status with { LlmTotal = candidates, ChunksTotal = _status.ChunksTotal + chunks };
            Report(ScreeningPhases.LlmScoring, etaSeconds: null);
        }

        public void Budgeted(decimal? estimatedUsd, int skipped)
        {
            _status = _status with { EstimatedLlmCostUsd = estimatedUsd, BudgetSkipped = skipped };
            context.SetCustomStatus(_status);
        }

        public void ChunkDone(ScoringMode mode, ScreenChunkResult chunk, bool pipeline)
        {
            _status = _status with
            {
                ChunksDone = _status.ChunksDone + 1,
                Completed = _status.Completed + (mode == ScoringMode.Deterministic ? chunk.Candidates : 0),
                LlmCompleted = _status.LlmCompleted + (mode == ScoringMode.Llm ? chunk.Candidates : 0) + (pipeline ? chunk.LlmDone : 0),
                LlmTotal = _status.LlmTotal + (pipeline ? chunk.LlmDone : 0),
                Failed = _status.Failed + chunk.Failed,
                Passed = _status.Passed + chunk.PassedChange,
                InputTokens = _status.InputTokens + chunk.InputTokens,
                OutputTokens = _status.OutputTokens + chunk.OutputTokens,
                CostUsd = _status.CostUsd + chunk.CostUsd,
            };

            var (done, total) = mode == ScoringMode.Deterministic ? (_status.Completed, _status.Total) : (_status.LlmCompleted, _status.LlmTotal);
            var elapsed = (context.CurrentUtcDateTime - _passStartedAt).TotalSeconds;
            double? eta = done > 0 && elapsed > 0 ? Math.Round(elapsed / done * (total - done), 1) : null;
            Report(mode == ScoringMode.Deterministic ? ScreeningPhases.Scoring : ScreeningPhases.LlmScoring, eta);
        }

        public void Report(string phase, double? etaSeconds, int? passedOverride = null)
        {
            _status = _status with
            {
                Phase = phase,
                EtaSeconds = etaSeconds,
                Passed = passedOverride ?? _status.Passed,
            };
            context.SetCustomStatus(_status);
        }
    }
}
