namespace ResumeFlow.Core.Calls.Metrics;

/// <summary>One speaker's share of a call: seconds talking, share of all talk (0–1), words, turns and questions asked.</summary>
public sealed record SpeakerMetrics(string Speaker, string Role, double TalkSeconds, double TalkShare, int Words, int Turns, int Questions);
