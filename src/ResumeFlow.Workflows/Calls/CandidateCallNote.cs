namespace ResumeFlow.Workflows.Calls;

/// <summary>
/// The latest call analysis tied to a candidate, by reference: the run and its call ids (their transcripts and
/// insights stay in the run) and the one-line summary that screening results and reports show beside the score.
/// </summary>
public sealed record CandidateCallNote(string CandidateId, string RunId, IReadOnlyList<string> CallIds, string Summary, DateTimeOffset AnalysedAt);
