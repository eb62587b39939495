namespace ResumeFlow.Core.Calls.Transcripts;

/// <summary>
/// One utterance (a cue or a "Speaker: line"). <see cref="Start"/>/<see cref="End"/> are null when the source has
/// no timing; consecutive utterances of one speaker form a turn (see <c>CallMetricsCalculator</c>).
/// </summary>
public sealed record TranscriptTurn(string Speaker, string Text, TimeSpan? Start = null, TimeSpan? End = null);
