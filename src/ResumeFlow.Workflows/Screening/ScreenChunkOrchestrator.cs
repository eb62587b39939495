using Microsoft.DurableTask;

namespace ResumeFlow.Workflows.Screening;

/// <summary>
/// One chunk of a screening (a range of its stored candidate set): the deterministic pass in one ScoreChunk activity,
/// the LLM pass one ScoreCandidate activity per candidate, all at once, then fan in to counters (in pipelined mode
/// each candidate's LLM re-score follows its deterministic score directly). A candidate whose activity fails after
/// its retries is counted failed and handed back for the report to record; the chunk itself never fails because of
/// one candidate. Its history grows with the chunk, not with the screening.
/// </summary>
public sealed class ScreenChunkOrchestrator : TaskOrchestrator<ScreenChunkInput, ScreenChunkResult>
{
    public override async Task<ScreenChunkResult> RunAsync(TaskOrchestrationContext context, ScreenChunkInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);

        var options = TaskOptions.FromRetryPolicy(new RetryPolicy(
            input.MaxAttempts,
            TimeSpan.FromSeconds(input.FirstRetrySeconds),
            backoffCoefficient: 2,
            maxRetryInterval: TimeSpan.FromMinutes(1)));
        var tally = new ScreenChunkTally(input.Threshold);

        if (input.Mode == ScoringMode.Deterministic)
        {
            // The deterministic pass scores the chunk in one activity; the LLM stays one activity per candidate (seconds each, quota-bound).
            var tasks = (await ScoreChunkAsync(context, input, options, tally)).Select(first => ContinueWithLlmAsync(context, input, first, options, tally)).ToList();
            foreach (var task in tasks)
            {
                var (first, llm) = await task;
                tally.AddFirst(first, llm);
            }
        }
        else
        {
            var ids = await context.CallActivityAsync<IReadOnlyList<string>>(ScreeningTaskNames.ReadCandidateRange, input.Candidates, options);
            var tasks = ids.Select(id => CallAsync(context, input, id, ScoringMode.Llm, options, tally)).ToList();
            foreach (var task in tasks)
            {
                tally.AddLlm(await task);
            }
        }

        return tally.ToResult(input.ChunkIndex);
    }

    /// <summary>
    /// One ScoreChunk activity for the chunk; a candidate it could not finish (an unexpected error, or the whole
    /// activity failing after its retries) goes through its own ScoreCandidate activity, retried and recorded alone.
    /// </summary>
    private static async Task<IReadOnlyList<CandidateScoreSummary>> ScoreChunkAsync(TaskOrchestrationContext context, ScreenChunkInput input, TaskOptions options, ScreenChunkTally tally)
    {
        ScoreChunkOutcome outcome;
        try
        {
            outcome = await context.CallActivityAsync<ScoreChunkOutcome>(
                ScreeningTaskNames.ScoreChunk,
                new ScoreChunkInput(input.ScreeningId, input.JobId, input.Candidates, input.Threshold, input.Blind, input.Weights),
                options);
        }
        catch (TaskFailedException ex)
        {
            var ids = await context.CallActivityAsync<IReadOnlyList<string>>(ScreeningTaskNames.ReadCandidateRange, input.Candidates, options);
            outcome = new ScoreChunkOutcome([], ids
                .Select(id => new CandidateScoreSummary(id, 0, 0, KnockedOut: false, LlmScored: false, ErrorCode: ScreeningErrorCodes.ScoreFailed) { ErrorMessage = ex.FailureDetails.ErrorMessage })
                .ToList());
        }

        // The chunk's attempt was each unfinished candidate's first: it gets the rest of its attempts alone.
        var summaries = outcome.Scored.ToList();
        var retryOptions = TaskOptions.FromRetryPolicy(new RetryPolicy(
            Math.Max(1, input.MaxAttempts - 1),
            TimeSpan.FromSeconds(input.FirstRetrySeconds),
            backoffCoefficient: 2,
            maxRetryInterval: TimeSpan.FromMinutes(1)));
        var retried = outcome.Unfinished
            .Select(failed => input.MaxAttempts > 1 ? CallAsync(context, input, failed.CandidateId, ScoringMode.Deterministic, retryOptions, tally) : Unrecorded(failed))
            .ToList();
        foreach (var task in retried)
        {
            summaries.Add(await task);
        }

        return summaries;

        Task<CandidateScoreSummary> Unrecorded(CandidateScoreSummary failed)
        {
            tally.Unrecorded(failed, ScoringMode.Deterministic);
            return Task.FromResult(failed);
        }
    }

    private static async Task<(CandidateScoreSummary First, CandidateScoreSummary? Llm)> ContinueWithLlmAsync(
        TaskOrchestrationContext context, ScreenChunkInput input, CandidateScoreSummary first, TaskOptions options, ScreenChunkTally tally)
    {
        if (!input.PipelineLlm || first.Failed || first.KnockedOut || (input.LlmMinScore is { } floor && first.DeterministicScore < floor))
        {
            return (first, null);
        }

        var llm = await CallAsync(context, input, first.CandidateId, ScoringMode.Llm, options, tally);
        return (CandidateScoreSummary.Merge(first, llm), llm);
    }

    private static async Task<CandidateScoreSummary> CallAsync(
        TaskOrchestrationContext context, ScreenChunkInput input, string candidateId, ScoringMode mode, TaskOptions options, ScreenChunkTally tally)
    {
        try
        {
            return await context.CallActivityAsync<CandidateScoreSummary>(
                ScreeningTaskNames.ScoreCandidate,
                new ScoreCandidateInput(input.ScreeningId, input.JobId, candidateId, mode, input.Threshold, input.Blind, input.Weights),
                options);
        }
        catch (TaskFailedException ex)
        {
            var code = mode == ScoringMode.Llm ? ScreeningErrorCodes.LlmScoreFailed : ScreeningErrorCodes.ScoreFailed;
            var failed = new CandidateScoreSummary(candidateId, 0, 0, KnockedOut: false, LlmScored: false, ErrorCode: code)
            {
                ErrorMessage = ex.FailureDetails.ErrorMessage,
            };
            tally.Unrecorded(failed, mode);
            return failed;
        }
    }
}
