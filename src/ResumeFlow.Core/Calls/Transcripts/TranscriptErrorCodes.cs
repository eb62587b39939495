namespace ResumeFlow.Core.Calls.Transcripts;

/// <summary>Stable error codes of transcripts that cannot be read; one per file (or export row), never fatal to a run.</summary>
public static class TranscriptErrorCodes
{
    public const string Empty = "transcript_empty";
    public const string TooLarge = "transcript_too_large";
    public const string Unreadable = "transcript_unreadable";
    public const string UnsupportedFormat = "transcript_unsupported_format";
    public const string MissingHeader = "transcript_missing_webvtt_header";
    public const string BadTimestamp = "transcript_bad_timestamp";
    public const string NoTurns = "transcript_no_turns";
    public const string InvalidJson = "transcript_invalid_json";
    public const string InvalidCsv = "transcript_invalid_csv";
    public const string MissingField = "transcript_missing_field";
    public const string DuplicateId = "transcript_duplicate_id";
}
