namespace ResumeFlow.Core.Calls.Insights;

/// <summary>
/// A quote the model gave as evidence. Verified quotes carry the index of the utterance they occur in (the
/// report links there); rejected ones carry why (<c>not_in_transcript</c>, <c>too_short</c>).
/// </summary>
public sealed record CallQuote(string Point, string Quote, int? TurnIndex = null, string? RejectedReason = null);
