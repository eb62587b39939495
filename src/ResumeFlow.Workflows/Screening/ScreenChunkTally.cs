using ResumeFlow.Core.Scoring;

namespace ResumeFlow.Workflows.Screening;

/// <summary>Sums a chunk's candidate summaries into its <see cref="ScreenChunkResult"/>.</summary>
internal sealed class ScreenChunkTally(double threshold)
{
    private readonly List<CandidateFailure> _failures = [];
    private int _candidates;
    private int _failed;
    private int _passedChange;
    private int _llmDone;
    private long _inputTokens;
    private long _outputTokens;
    private decimal? _costUsd = 0m;

    /// <summary>A candidate's outcome after the deterministic pass (merged with its pipelined LLM re-score, if any).</summary>
    public void AddFirst(CandidateScoreSummary summary, CandidateScoreSummary? llm = null)
    {
        ArgumentNullException.ThrowIfNull(summary);
        _candidates++;
        _failed += summary.Failed ? 1 : 0;
        _passedChange += summary.Passes(threshold) ? 1 : 0;
        _llmDone += summary.LlmScored || summary.ErrorCode == ScreeningErrorCodes.LlmScoreFailed ? 1 : 0;
        AddUsage(llm ?? summary);
    }

    /// <summary>
    /// A candidate's LLM re-score in the second pass. The pre-filter only selects candidates that were scored and not
    /// knocked out, so before it they passed on their deterministic score alone.
    /// </summary>
    public void AddLlm(CandidateScoreSummary llm)
    {
        ArgumentNullException.ThrowIfNull(llm);
        _candidates++;
        _failed += llm.Failed ? 1 : 0;
        var before = PassRule.Passes(failed: false, knockedOut: false, llm.DeterministicScore, threshold);
        _passedChange += (llm.Passes(threshold) ? 1 : 0) - (before ? 1 : 0);
        AddUsage(llm);
    }

    /// <summary>A candidate whose activity failed after its retries: nothing recorded it yet.</summary>
    public void Unrecorded(CandidateScoreSummary failed, ScoringMode mode)
    {
        ArgumentNullException.ThrowIfNull(failed);
        _failures.Add(new CandidateFailure(failed.CandidateId, mode, failed.ErrorCode!, failed.ErrorMessage ?? failed.ErrorCode!));
    }

    public ScreenChunkResult ToResult(int chunkIndex) =>
        new(chunkIndex, _candidates, _failed, _passedChange, _llmDone, _inputTokens, _outputTokens, _costUsd, _failures.OrderBy(f => f.CandidateId, StringComparer.Ordinal).ToList());

    private void AddUsage(CandidateScoreSummary summary)
    {
        _inputTokens += summary.InputTokens;
        _outputTokens += summary.OutputTokens;
        _costUsd += summary.CostUsd;
    }
}
