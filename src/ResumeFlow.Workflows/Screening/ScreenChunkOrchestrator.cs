using Microsoft.DurableTask;

namespace ResumeFlow.Workflows.Screening;

/// <summary>
/// One chunk of a screening: the deterministic pass in one ScoreChunk activity, the LLM pass one
/// ScoreCandidate activity per candidate, all at once, then fan in (in pipelined mode each candidate's
/// LLM re-score follows its deterministic score directly). A
/// candidate whose activity fails after its retries becomes a summary with an error code; the chunk
/// itself never fails because of one candidate.
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

        // The deterministic pass scores the chunk in one activity; the LLM stays one activity per candidate (seconds each, quota-bound).
        var tasks = input.Mode == ScoringMode.Deterministic
            ? (await ScoreChunkAsync(context, input, options)).Select(first => ContinueWithLlmAsync(context, input, first, options)).ToList()
            : input.CandidateIds.Select(id => ScoreAsync(context, input, id, options)).ToList();
        var summaries = new List<CandidateScoreSummary>(tasks.Count);
        foreach (var task in tasks)
        {
            summaries.Add(await task);
        }

        return new ScreenChunkResult(input.ChunkIndex, summaries);
    }

    private static async Task<CandidateScoreSummary> ScoreAsync(TaskOrchestrationContext context, ScreenChunkInput input, string candidateId, TaskOptions options)
    {
        var first = await CallAsync(context, input, candidateId, input.Mode, options);
        return await ContinueWithLlmAsync(context, input, first, options);
    }

    /// <summary>
    /// One ScoreChunk activity for the chunk; a candidate it could not finish (an unexpected error, or the whole
    /// activity failing after its retries) goes through its own ScoreCandidate activity, retried and recorded alone.
    /// Summaries come back in the chunk's order.
    /// </summary>
    private static async Task<IReadOnlyList<CandidateScoreSummary>> ScoreChunkAsync(TaskOrchestrationContext context, ScreenChunkInput input, TaskOptions options)
    {
        ScoreChunkOutcome outcome;
        try
        {
            outcome = await context.CallActivityAsync<ScoreChunkOutcome>(
                ScreeningTaskNames.ScoreChunk,
                new ScoreChunkInput(input.ScreeningId, input.JobId, input.CandidateIds, input.Threshold, input.Blind, input.Weights),
                options);
        }
        catch (TaskFailedException ex)
        {
            outcome = new ScoreChunkOutcome([], input.CandidateIds
                .Select(id => new CandidateScoreSummary(id, 0, 0, KnockedOut: false, LlmScored: false, ErrorCode: ScreeningErrorCodes.ScoreFailed) { ErrorMessage = ex.FailureDetails.ErrorMessage })
                .ToList());
        }

        // The chunk's attempt was each unfinished candidate's first: it gets the rest of its attempts alone.
        var byId = outcome.Scored.ToDictionary(s => s.CandidateId, StringComparer.Ordinal);
        var retryOptions = TaskOptions.FromRetryPolicy(new RetryPolicy(
            Math.Max(1, input.MaxAttempts - 1),
            TimeSpan.FromSeconds(input.FirstRetrySeconds),
            backoffCoefficient: 2,
            maxRetryInterval: TimeSpan.FromMinutes(1)));
        var retried = outcome.Unfinished
            .Select(failed => input.MaxAttempts > 1 ? CallAsync(context, input, failed.CandidateId, ScoringMode.Deterministic, retryOptions) : Task.FromResult(failed))
            .ToList();
        foreach (var task in retried)
        {
            var summary = await task;
            byId[summary.CandidateId] = summary;
        }

        return input.CandidateIds.Select(id => byId[id]).ToList();
    }

    private static async Task<CandidateScoreSummary> ContinueWithLlmAsync(TaskOrchestrationContext context, ScreenChunkInput input, CandidateScoreSummary first, TaskOptions options)
    {
        var candidateId = first.CandidateId;
        if (!input.PipelineLlm || first.Failed || first.KnockedOut || (input.LlmMinScore is { } floor && first.DeterministicScore < floor))
        {
            return first;
        }

        var llm = await CallAsync(context, input, candidateId, ScoringMode.Llm, options);
        return CandidateScoreSummary.Merge(first, llm);
    }

    private static async Task<CandidateScoreSummary> CallAsync(TaskOrchestrationContext context, ScreenChunkInput input, string candidateId, ScoringMode mode, TaskOptions options)
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
            return new CandidateScoreSummary(candidateId, 0, 0, KnockedOut: false, LlmScored: false, ErrorCode: code)
            {
                ErrorMessage = ex.FailureDetails.ErrorMessage,
            };
        }
    }
}
