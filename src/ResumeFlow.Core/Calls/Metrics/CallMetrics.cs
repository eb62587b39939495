namespace ResumeFlow.Core.Calls.Metrics;

/// <summary>
/// Deterministic figures of one call. Seconds are rounded to 0.1. <see cref="TimingEstimated"/> is true when the
/// transcript had no timestamps and durations come from word counts (150 words per minute).
/// </summary>
public sealed record CallMetrics
{
    public required double DurationSeconds { get; init; }

    public required CallLength Length { get; init; }

    /// <summary>Speaker changes plus one: consecutive utterances of one speaker are one turn.</summary>
    public required int Turns { get; init; }

    public required int InterviewerQuestions { get; init; }

    public string? LongestMonologueSpeaker { get; init; }

    public required double LongestMonologueSeconds { get; init; }

    /// <summary>Utterances that start before another speaker's utterance has ended.</summary>
    public required int Overlaps { get; init; }

    public required double OverlapSeconds { get; init; }

    public required bool TimingEstimated { get; init; }

    public required IReadOnlyList<SpeakerMetrics> Speakers { get; init; }
}
