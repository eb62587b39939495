namespace ResumeFlow.Core.Calls.Aggregation;

/// <summary>
/// The figures across all calls of a run: counts by outcome, sentiment and category (over analysed calls),
/// the same per interviewer, the most common concerns, the calls needing follow-up, and per linked candidate a
/// short summary. Dictionaries are keyed by lower-case enum names and ordered by key.
/// </summary>
public sealed record CallAnalysisAggregate
{
    public required int Calls { get; init; }

    public required int Analysed { get; init; }

    public required int Failed { get; init; }

    public required int UnreadableFiles { get; init; }

    public required double TotalDurationSeconds { get; init; }

    public required IReadOnlyDictionary<string, int> Outcomes { get; init; }

    public required IReadOnlyDictionary<string, int> Sentiments { get; init; }

    public required IReadOnlyDictionary<string, int> Categories { get; init; }

    public required IReadOnlyList<InterviewerSummary> Interviewers { get; init; }

    public required IReadOnlyList<ConcernCount> CommonConcerns { get; init; }

    public required IReadOnlyList<FollowUpCall> NeedingFollowUp { get; init; }

    public required IReadOnlyList<CandidateCallSummary> Candidates { get; init; }
}
