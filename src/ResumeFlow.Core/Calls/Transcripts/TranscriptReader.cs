using System.Text;
using ResumeFlow.Core.Documents;

namespace ResumeFlow.Core.Calls.Transcripts;

/// <summary>
/// Reads call transcripts of every supported format (by extension: .vtt, .srt, .txt/.md, .json, .csv; an
/// unknown extension is sniffed). Never throws for a file's content: each unreadable file, or export row, comes
/// back as a <see cref="TranscriptError"/> with a stable code, so one bad file never stops a run.
/// </summary>
public static class TranscriptReader
{
    /// <summary>Larger files are refused (a two-hour call is about 150 KB of text).</summary>
    public const int MaxFileBytes = 5 * 1024 * 1024;

    /// <summary>File extensions read as transcripts (the rest of a folder is ignored).</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".vtt", ".srt", ".txt", ".md", ".json", ".csv"];

    /// <summary>Reads every file; a call id seen before is an error of the later file (ids key the results).</summary>
    public static TranscriptReadResult ReadAll(IEnumerable<(string FileName, byte[] Content)> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var calls = new List<CallTranscript>();
        var errors = new List<TranscriptError>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (fileName, content) in files)
        {
            var result = Read(fileName, content);
            errors.AddRange(result.Errors);
            foreach (var call in result.Calls)
            {
                if (seen.Add(call.CallId))
                {
                    calls.Add(call);
                }
                else
                {
                    errors.Add(new TranscriptError(call.Source, TranscriptErrorCodes.DuplicateId, $"Call id '{call.CallId}' occurs more than once; the first one is kept."));
                }
            }
        }

        return new TranscriptReadResult(calls, errors);
    }

    /// <summary>Reads one file: one call, or one per row of a JSON/CSV export.</summary>
    public static TranscriptReadResult Read(string fileName, byte[] content)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentNullException.ThrowIfNull(content);
        try
        {
            return ReadOrThrow(fileName, content);
        }
        catch (TranscriptException ex)
        {
            return new TranscriptReadResult([], [new TranscriptError(fileName, ex.Code, ex.Message)]);
        }
    }

    private static TranscriptReadResult ReadOrThrow(string fileName, byte[] content)
    {
        if (content.Length > MaxFileBytes)
        {
            throw new TranscriptException(TranscriptErrorCodes.TooLarge, $"'{fileName}' is {content.Length:N0} bytes; the limit is {MaxFileBytes:N0}.");
        }

        string text;
        try
        {
            text = content.Length == 0 ? string.Empty : TextDecoder.Decode(content, fileName);
        }
        catch (DocumentExtractionException ex)
        {
            throw new TranscriptException(TranscriptErrorCodes.Unreadable, ex.Message, ex);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new TranscriptException(TranscriptErrorCodes.Empty, $"'{fileName}' is empty.");
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw new TranscriptException(TranscriptErrorCodes.Unreadable, $"'{fileName}' is binary, not text.");
        }

        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        switch (extension)
        {
            case ".json":
                return CallExportParser.ParseJson(fileName, text);
            case ".csv":
                return CallExportParser.ParseCsv(fileName, text);
        }

        var format = extension switch
        {
            ".vtt" => TranscriptFormat.WebVtt,
            ".srt" => TranscriptFormat.Srt,
            ".txt" or ".md" => TranscriptFormat.PlainText,
            _ when text.TrimStart().StartsWith("WEBVTT", StringComparison.Ordinal) => TranscriptFormat.WebVtt,
            _ => throw new TranscriptException(TranscriptErrorCodes.UnsupportedFormat, $"'{fileName}': '{extension}' is not a transcript format (use .vtt, .srt, .txt, .json or .csv)."),
        };
        var (turns, metadata) = format switch
        {
            TranscriptFormat.WebVtt => (TimedCueParser.ParseVtt(text), new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)),
            TranscriptFormat.Srt => (TimedCueParser.ParseSrt(text), new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)),
            _ => PlainTextTranscriptParser.Parse(text),
        };
        var call = Build(Path.GetFileNameWithoutExtension(fileName), fileName, format, turns, metadata, null, null);
        return new TranscriptReadResult([call], []);
    }

    /// <summary>A transcript held in an export's cell: WebVTT, SRT or "Speaker: line" text, told apart by content.</summary>
    internal static (List<TranscriptTurn> Turns, Dictionary<string, string> Metadata) ParseText(string text)
    {
        if (text.TrimStart().StartsWith("WEBVTT", StringComparison.Ordinal))
        {
            return (TimedCueParser.ParseVtt(text), new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase));
        }

        return text.Contains("-->", StringComparison.Ordinal)
            ? (TimedCueParser.ParseSrt(text), new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase))
            : PlainTextTranscriptParser.Parse(text);
    }

    internal static CallTranscript Build(string id, string source, TranscriptFormat format, List<TranscriptTurn> turns, Dictionary<string, string> metadata, string? candidateId, string? jobId)
    {
        if (turns.Count == 0)
        {
            throw new TranscriptException(TranscriptErrorCodes.NoTurns, $"{source}: no 'Speaker: text' turns found.");
        }

        var call = new CallTranscript
        {
            CallId = CallId(id),
            Source = source,
            Format = format,
            Turns = turns,
            Metadata = metadata,
            CandidateId = candidateId ?? metadata.GetValueOrDefault("candidate id"),
            JobId = jobId ?? metadata.GetValueOrDefault("job id"),
        };
        return CallParticipants.Resolve(call);
    }

    // Ids become blob names and HTML anchors: lower-case letters, digits, '-', '_' and '.'.
    private static string CallId(string raw)
    {
        var b = new StringBuilder(raw.Length);
        foreach (var c in raw.Trim().ToLowerInvariant())
        {
            b.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-');
        }

        var id = b.ToString().Trim('-', '.');
        return id.Length == 0 ? throw new TranscriptException(TranscriptErrorCodes.MissingField, $"'{raw}' is not a usable call id.") : id;
    }
}
