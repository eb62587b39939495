using Microsoft.DurableTask;

namespace ResumeFlow.Workflows.Screening;

/// <summary>
/// One chunk of a screening: one ScoreCandidate activity per candidate, all at once, then fan in
/// (in pipelined mode each candidate's LLM re-score follows its deterministic score directly). A
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

        var tasks = input.CandidateIds.Select(id => ScoreAsync(context, input, id, options)).ToList();
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
                new ScoreCandidateInput(input.ScreeningId, input.JobId, candidateId, mode, input.Threshold, input.Blind),
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
