namespace ResumeFlow.Workflows.Calls;

/// <summary>
/// Where a run's files live, in the <c>calls</c> container under <c>{runId}/</c>: the uploaded transcripts
/// (<c>source/</c>), each parsed call and its analysis (<c>calls/</c>, <c>results/</c>), the unreadable files, and
/// the report. Orchestrations pass the run id and call ids, never these documents.
/// </summary>
public static class CallArtifacts
{
    public const string Container = "calls";

    /// <summary>Where transcripts wait to be analysed when a request names them instead of uploading them.</summary>
    public const string InboxContainer = "transcripts";

    /// <summary>Where the <see cref="CandidateCallNote"/>s live, outside any run.</summary>
    public const string CandidateNotePrefix = "candidates/";

    public static string SourcePrefix(string runId) => $"{runId}/source/";

    public static string Source(string runId, string fileName) => SourcePrefix(runId) + fileName;

    public static string Call(string runId, string callId) => $"{runId}/calls/{callId}.json";

    public static string Result(string runId, string callId) => $"{runId}/results/{callId}.json";

    /// <summary>The run's <see cref="CallRunSettings"/>, written before it starts.</summary>
    public static string Settings(string runId) => $"{runId}/run.json";

    /// <summary>The <see cref="CandidateCallNote"/> of a candidate, outside any run (the latest run tied to them writes it).</summary>
    public static string CandidateNote(string candidateId) => CandidateNotePrefix + candidateId + ".json";

    public static string Errors(string runId) => $"{runId}/errors.json";

    public static string ReportHtml(string runId) => $"{runId}/report.html";

    public static string ReportJson(string runId) => $"{runId}/report.json";

    public static string ReportCsv(string runId) => $"{runId}/report.csv";
}
