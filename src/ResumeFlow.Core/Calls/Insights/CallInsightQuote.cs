namespace ResumeFlow.Core.Calls.Insights;

/// <summary>A verbatim line of the transcript and the point of the insight it supports.</summary>
public sealed record CallInsightQuote(string Point, string Quote);
