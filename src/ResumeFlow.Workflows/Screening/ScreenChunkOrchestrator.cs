using ResumeFlow.Orchestration;

namespace ResumeFlow.Workflows.Screening;

/// <summary>
/// One chunk of a screening: one ScoreCandidate activity per candidate, all at once, then fan in.
/// A candidate whose activity fails after its retries becomes a summary with an error code; the
/// chunk itself never fails because of one candidate.
/// </summary>
internal sealed class ScreenChunkOrchestrator : Orchestrator<ScreenChunkInput, ScreenChunkResult>
{
    public override async Task<ScreenChunkResult> RunAsync(IOrchestrationContext context, ScreenChunkInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);

        var options = new TaskOptions(new RetryPolicy(
            input.MaxAttempts,
            TimeSpan.FromSeconds(input.FirstRetrySeconds),
            backoffCoefficient: 2,
            maxRetryInterval: TimeSpan.FromMinutes(1)));

        var tasks = input.CandidateIds
            .Select(id => context.CallActivityAsync<CandidateScoreSummary>(
                ScreeningTaskNames.ScoreCandidate,
                new ScoreCandidateInput(input.ScreeningId, input.JobId, id, input.Mode, input.Threshold),
                options))
            .ToList();

        var summaries = new List<CandidateScoreSummary>(tasks.Count);
        for (var i = 0; i < tasks.Count; i++)
        {
            try
            {
                summaries.Add(await tasks[i]);
            }
            catch (TaskFailedException ex)
            {
                var code = input.Mode == ScoringMode.Llm ? ScreeningErrorCodes.LlmScoreFailed : ScreeningErrorCodes.ScoreFailed;
                summaries.Add(new CandidateScoreSummary(input.CandidateIds[i], 0, 0, KnockedOut: false, LlmScored: false, ErrorCode: code)
                {
                    ErrorMessage = ex.FailureDetails.ErrorMessage,
                });
            }
        }

        return new ScreenChunkResult(input.ChunkIndex, summaries);
    }
}
