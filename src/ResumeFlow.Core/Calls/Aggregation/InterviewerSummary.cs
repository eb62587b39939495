namespace ResumeFlow.Core.Calls.Aggregation;

/// <summary>One interviewer's calls: outcomes and sentiment of the analysed ones, average duration and talk-time share.</summary>
public sealed record InterviewerSummary(
    string Interviewer,
    int Calls,
    IReadOnlyDictionary<string, int> Outcomes,
    IReadOnlyDictionary<string, int> Sentiments,
    double AverageDurationSeconds,
    double AverageTalkShare);
