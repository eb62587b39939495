namespace ResumeFlow.Core.Calls.Aggregation;

/// <summary>A concern and how many calls raised it (compared case-insensitively, trailing punctuation ignored).</summary>
public sealed record ConcernCount(string Concern, int Calls);
