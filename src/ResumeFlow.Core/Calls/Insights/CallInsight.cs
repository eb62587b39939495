namespace ResumeFlow.Core.Calls.Insights;

/// <summary>What happened in a call, with only the quotes that were found in its transcript.</summary>
public sealed record CallInsight(
    CallCategory Category,
    CallOutcome Outcome,
    CallSentiment Sentiment,
    string SentimentReason,
    IReadOnlyList<string> KeyPoints,
    IReadOnlyList<string> Concerns,
    IReadOnlyList<CallFollowUp> FollowUps,
    string NextStep,
    IReadOnlyList<CallQuote> Quotes,
    IReadOnlyList<CallQuote> RejectedQuotes)
{
    /// <summary>A follow-up was promised, or the outcome is still open.</summary>
    public bool NeedsFollowUp => FollowUps.Count > 0 || Outcome is CallOutcome.Hold or CallOutcome.Undecided;
}
