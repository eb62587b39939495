using ResumeFlow.Core.Calls;
using ResumeFlow.Core.Calls.Aggregation;
using ResumeFlow.Core.Calls.Transcripts;

namespace ResumeFlow.Workflows.Calls.Reports;

/// <summary>report.json of a run: the aggregate, every call's result, and the files that could not be read.</summary>
public sealed record CallReport(
    string RunId,
    DateTimeOffset GeneratedAt,
    CallAnalysisAggregate Aggregate,
    IReadOnlyList<CallAnalysis> Calls,
    IReadOnlyList<TranscriptError> UnreadableFiles);
