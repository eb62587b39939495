using Microsoft.DurableTask;

namespace ResumeFlow.Workflows.Screening;

/// <summary>
/// ScreenCandidates (DESIGN §4): analyse the job once; score every candidate deterministically in
/// chunk sub-orchestrations; re-score the pre-filtered few with the LLM in a second chunked pass;
/// then the report activity ranks, applies the threshold and writes the reports. Only ids and
/// small summaries pass through here; the custom status is updated as each chunk finishes.
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

        IReadOnlyList<string> candidateIds;
        if (input.CandidateIds is { } given)
        {
            candidateIds = given.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        }
        else
        {
            status = status with { Phase = ScreeningPhases.ResolvingCandidates };
            context.SetCustomStatus(status);
            candidateIds = await context.CallActivityAsync<IReadOnlyList<string>>(ScreeningTaskNames.ListCandidates, null, activityOptions);
        }

        var scoringChunks = candidateIds.Chunk(options.ChunkSize).ToList();
        status = status with { Phase = ScreeningPhases.Scoring, Total = candidateIds.Count, ChunksTotal = scoringChunks.Count };
        context.SetCustomStatus(status);

        var tracker = new ProgressTracker(context, status, input.Options.Threshold);
        var summaries = new Dictionary<string, CandidateScoreSummary>(StringComparer.Ordinal);

        // Without a top-K the pre-filter needs no global ranking: each candidate goes to the LLM
        // right after its deterministic score, and the two passes overlap.
        // A budget needs the whole selection before the first call, so it turns the overlap off.
        var pipeline = options.UseLlm && options.LlmTopK is null && input.LlmCandidateIds is null && options.BudgetUsd is null && options.Mode == ScreeningModes.Chat;
        foreach (var summary in await RunPassAsync(context, input, ScoringMode.Deterministic, scoringChunks, tracker, pipeline))
        {
            summaries[summary.CandidateId] = summary;
        }

        if (options.UseLlm && !pipeline)
        {
            var selected = input.LlmCandidateIds is { } chosen
                ? chosen.Where(id => summaries.TryGetValue(id, out var s) && !s.Failed).Order(StringComparer.Ordinal).ToList()
                : ScreeningRanking.SelectForLlm(summaries.Values, options.LlmTopK, options.LlmMinScore);
            if (options.BudgetUsd is { } budget && selected.Count > 0)
            {
                var estimate = await context.CallActivityAsync<ScreeningCostEstimate>(ScreeningTaskNames.EstimateLlmCost, new EstimateLlmCostInput(input.JobId, selected, input.Options.Blind), activityOptions);
                var kept = estimate.FittingWithin(budget);
                tracker.Budgeted(estimate.TotalUsd, selected.Count - kept);
                selected = selected.Take(kept).ToList();
            }

            if (selected.Count > 0)
            {
                var llmChunks = selected.Chunk(options.ChunkSize).ToList();
                tracker.StartLlmPass(selected.Count, options.Mode == ScreeningModes.Batch ? 1 : llmChunks.Count);
                var llmSummaries = options.Mode == ScreeningModes.Batch
                    ? await ScreeningBatchPass.RunAsync(context, input, selected, activityOptions, summaries => tracker.ChunkDone(ScoringMode.Llm, summaries, pipeline: false))
                    : await RunPassAsync(context, input, ScoringMode.Llm, llmChunks, tracker, pipeline: false);
                foreach (var llm in llmSummaries)
                {
                    summaries[llm.CandidateId] = CandidateScoreSummary.Merge(summaries[llm.CandidateId], llm);
                }
            }
        }

        tracker.Report(ScreeningPhases.Reporting, etaSeconds: null);
        var failures = summaries.Values
            .Where(s => s.Failed)
            .OrderBy(s => s.CandidateId, StringComparer.Ordinal)
            .Select(s => new CandidateFailure(
                s.CandidateId,
                s.ErrorCode == ScreeningErrorCodes.LlmScoreFailed ? ScoringMode.Llm : ScoringMode.Deterministic,
                s.ErrorCode!,
                s.ErrorMessage ?? s.ErrorCode!))
            .ToList();

        var outcome = await context.CallActivityAsync<ScreeningOutcome>(
            ScreeningTaskNames.WriteReport,
            new WriteScreeningReportInput(input.ScreeningId, input.JobId, options, failures, input.IsRetry, startedAt, context.CurrentUtcDateTime),
            activityOptions);

        tracker.Report(ScreeningPhases.Completed, etaSeconds: 0, passedOverride: outcome.Passed);
        return outcome;
    }

    private static async Task<List<CandidateScoreSummary>> RunPassAsync(
        TaskOrchestrationContext context,
        ScreenCandidatesInput input,
        ScoringMode mode,
        IReadOnlyList<string[]> chunks,
        ProgressTracker tracker,
        bool pipeline)
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

        var results = new List<CandidateScoreSummary>();
        while (pending.Count > 0)
        {
            var done = await Task.WhenAny(pending.Keys);
            var index = pending[done];
            pending.Remove(done);
            IReadOnlyList<CandidateScoreSummary> chunkSummaries;
            try
            {
                chunkSummaries = (await done).Candidates;
            }
            catch (TaskFailedException ex)
            {
                // A chunk only fails for reasons outside one candidate (e.g. its history was lost); record each of its candidates.
                chunkSummaries = chunks[index]
                    .Select(id => new CandidateScoreSummary(id, 0, 0, KnockedOut: false, LlmScored: false, ErrorCode: ScreeningErrorCodes.ChunkFailed)
                    {
                        ErrorMessage = ex.FailureDetails.ErrorMessage,
                    })
                    .ToList();
            }

            results.AddRange(chunkSummaries);
            tracker.ChunkDone(mode, chunkSummaries, pipeline);
        }

        return results;
    }

    /// <summary>Keeps the running counters and publishes them as the custom status, with an ETA from replay-safe time.</summary>
    private sealed class ProgressTracker(TaskOrchestrationContext context, ScreeningStatus initial, double threshold)
    {
        private ScreeningStatus _status = initial;
        private DateTime _passStartedAt = context.CurrentUtcDateTime;
        private readonly Dictionary<string, bool> _passed = new(StringComparer.Ordinal);

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

        public void ChunkDone(ScoringMode mode, IReadOnlyList<CandidateScoreSummary> summaries, bool pipeline)
        {
            var failed = 0;
            var llmDone = 0;
            long inputTokens = 0, outputTokens = 0;
            decimal? cost = 0;
            foreach (var s in summaries)
            {
                _passed[s.CandidateId] = s.Passes(threshold);
                failed += s.Failed ? 1 : 0;
                llmDone += s.LlmScored || s.ErrorCode == ScreeningErrorCodes.LlmScoreFailed ? 1 : 0;
                inputTokens += s.InputTokens;
                outputTokens += s.OutputTokens;
                cost += s.CostUsd;
            }

            _status = _status with
            {
                ChunksDone = _status.ChunksDone + 1,
                Completed = _status.Completed + (mode == ScoringMode.Deterministic ? summaries.Count : 0),
                LlmCompleted = _status.LlmCompleted + (mode == ScoringMode.Llm ? summaries.Count : 0) + (pipeline ? llmDone : 0),
                LlmTotal = _status.LlmTotal + (pipeline ? llmDone : 0),
                Failed = _status.Failed + failed,
                InputTokens = _status.InputTokens + inputTokens,
                OutputTokens = _status.OutputTokens + outputTokens,
                CostUsd = _status.CostUsd + cost,
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
                Passed = passedOverride ?? _passed.Values.Count(p => p),
            };
            context.SetCustomStatus(_status);
        }
    }
}
