namespace ResumeFlow.Core.Calls.Insights;

/// <summary>
/// The model's structured answer for one call, as <see cref="CallInsightPrompt.JsonSchema"/> describes it (camelCase
/// properties, enums as their names). Lists may come back null from a sloppy model; the validator treats that as empty.
/// </summary>
public sealed record CallInsightReply(
    CallCategory Category,
    CallOutcome Outcome,
    CallSentiment Sentiment,
    string? SentimentReason,
    IReadOnlyList<string>? KeyPoints,
    IReadOnlyList<string>? Concerns,
    IReadOnlyList<CallFollowUp>? FollowUps,
    string? NextStep,
    IReadOnlyList<CallInsightQuote>? Quotes);

