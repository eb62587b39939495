namespace ResumeFlow.Workflows.Api;

/// <summary>Stable codes of refused call-analysis requests (every front).</summary>
public static class CallApiErrorCodes
{
    public const string TranscriptsRequired = "transcripts_required";
    public const string InvalidTranscriptName = "invalid_transcript_name";
    public const string TranscriptNotFound = "transcript_not_found";
    public const string UploadTooLarge = "upload_too_large";
    public const string CallAnalysisNotFound = "call_analysis_not_found";
    public const string ReportNotReady = "call_report_not_ready";
}
