namespace ResumeFlow.Core.Calls.Transcripts;

/// <summary>The file formats a call transcript arrives in.</summary>
public enum TranscriptFormat
{
    /// <summary>WebVTT as Teams (<c>&lt;v Speaker&gt;</c> voice tags) and Zoom ("Speaker: text" cues) export it.</summary>
    WebVtt,

    /// <summary>SubRip subtitles, speakers as "Speaker: text".</summary>
    Srt,

    /// <summary>Plain text with "Speaker: line" turns, optionally "[mm:ss]" timestamps and a "Key: value" header.</summary>
    PlainText,

    /// <summary>A JSON export: an array (or <c>{"calls": [...]}</c>) of calls with id, metadata and transcript.</summary>
    Json,

    /// <summary>A CSV export: one row per call with id, optional candidate/job ids, metadata columns and the transcript.</summary>
    Csv,
}
