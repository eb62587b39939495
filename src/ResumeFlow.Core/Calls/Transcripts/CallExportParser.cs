using System.Globalization;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;

namespace ResumeFlow.Core.Calls.Transcripts;

/// <summary>
/// Exports with one call per row or element: JSON (an array, <c>{"calls": [...]}</c> or one call object) and CSV
/// (a header row). Each call has an id, an optional candidate and job id, metadata, and a transcript given as
/// text (WebVTT, SRT or "Speaker: line") or, in JSON, as an array of <c>{speaker, text, start, end}</c>.
/// A bad row is an error of that row only.
/// </summary>
internal static class CallExportParser
{
    private static readonly string[] IdNames = ["id", "call_id", "callId"];
    private static readonly string[] CandidateNames = ["candidate_id", "candidateId"];
    private static readonly string[] JobNames = ["job_id", "jobId"];
    private static readonly string[] TranscriptNames = ["transcript", "text"];

    public static TranscriptReadResult ParseJson(string fileName, string text)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            throw new TranscriptException(TranscriptErrorCodes.InvalidJson, $"'{fileName}' is not valid JSON: {ex.Message}", ex);
        }

        using (document)
        {
            var root = document.RootElement;
            IEnumerable<JsonElement> rows = root.ValueKind switch
            {
                JsonValueKind.Array => root.EnumerateArray(),
                JsonValueKind.Object when root.TryGetProperty("calls", out var calls) && calls.ValueKind == JsonValueKind.Array => calls.EnumerateArray(),
                JsonValueKind.Object => [root],
                _ => throw new TranscriptException(TranscriptErrorCodes.InvalidJson, $"'{fileName}' must hold an array of calls or an object with a 'calls' array."),
            };

            var result = new Rows();
            var index = 0;
            foreach (var row in rows)
            {
                index++;
                var source = $"{fileName}#{index}";
                result.Add(source, () => JsonRow(row, source));
            }

            return result.ToResult();
        }
    }

    public static TranscriptReadResult ParseCsv(string fileName, string text)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.Trim, DetectDelimiter = true };
        using var reader = new StringReader(text);
        using var csv = new CsvReader(reader, config);
        var result = new Rows();
        try
        {
            if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } header)
            {
                throw new TranscriptException(TranscriptErrorCodes.InvalidCsv, $"'{fileName}' has no header row.");
            }

            var idColumn = Column(header, IdNames);
            var transcriptColumn = Column(header, TranscriptNames);
            if (idColumn < 0 || transcriptColumn < 0)
            {
                throw new TranscriptException(TranscriptErrorCodes.MissingField, $"'{fileName}' needs an 'id' and a 'transcript' column; it has: {string.Join(", ", header)}.");
            }

            var candidateColumn = Column(header, CandidateNames);
            var jobColumn = Column(header, JobNames);
            var index = 0;
            while (csv.Read())
            {
                var source = $"{fileName}#{++index}";
                var cells = Enumerable.Range(0, header.Length).Select(i => csv.TryGetField<string>(i, out var v) ? v ?? string.Empty : string.Empty).ToArray();
                result.Add(source, () =>
                {
                    var metadata = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                    for (var i = 0; i < header.Length; i++)
                    {
                        if (i != idColumn && i != transcriptColumn && i != candidateColumn && i != jobColumn && cells[i].Length > 0)
                        {
                            metadata[header[i].Trim().Replace('_', ' ').ToLowerInvariant()] = cells[i];
                        }
                    }

                    return FromText(source, cells[idColumn], cells[transcriptColumn], metadata, Cell(cells, candidateColumn), Cell(cells, jobColumn));
                });
            }
        }
        catch (CsvHelperException ex)
        {
            throw new TranscriptException(TranscriptErrorCodes.InvalidCsv, $"'{fileName}' is not valid CSV: {ex.Message.Split('\n')[0]}", ex);
        }

        return result.ToResult();
    }

    private static CallTranscript JsonRow(JsonElement row, string source)
    {
        if (row.ValueKind != JsonValueKind.Object)
        {
            throw new TranscriptException(TranscriptErrorCodes.InvalidJson, $"{source}: a call must be a JSON object.");
        }

        var id = Property(row, IdNames);
        var metadata = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (row.TryGetProperty("metadata", out var meta) && meta.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in meta.EnumerateObject())
            {
                metadata[p.Name.Replace('_', ' ').ToLowerInvariant()] = p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() ?? string.Empty : p.Value.GetRawText();
            }
        }

        var candidateId = Property(row, CandidateNames) ?? metadata.GetValueOrDefault("candidate id");
        var jobId = Property(row, JobNames) ?? metadata.GetValueOrDefault("job id");
        var transcript = TranscriptNames.Select(n => row.TryGetProperty(n, out var t) ? t : default).FirstOrDefault(t => t.ValueKind != JsonValueKind.Undefined);
        if (transcript.ValueKind != JsonValueKind.Array)
        {
            return FromText(source, id, transcript.ValueKind == JsonValueKind.String ? transcript.GetString() : null, metadata, candidateId, jobId);
        }

        var turns = new List<TranscriptTurn>();
        foreach (var item in transcript.EnumerateArray())
        {
            var speaker = item.ValueKind == JsonValueKind.Object ? Property(item, ["speaker", "name"]) : null;
            var said = item.ValueKind == JsonValueKind.Object ? Property(item, ["text", "content"]) : null;
            if (speaker is null || said is null)
            {
                throw new TranscriptException(TranscriptErrorCodes.MissingField, $"{source}: every turn needs 'speaker' and 'text'.");
            }

            turns.Add(new TranscriptTurn(speaker, said, Time(item, "start", source), Time(item, "end", source)));
        }

        return TranscriptReader.Build(RequireId(id, source), source, TranscriptFormat.Json, turns, metadata, candidateId, jobId);
    }

    private static CallTranscript FromText(string source, string? id, string? text, Dictionary<string, string> metadata, string? candidateId, string? jobId)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new TranscriptException(TranscriptErrorCodes.MissingField, $"{source}: the transcript is missing or empty.");
        }

        var (turns, header) = TranscriptReader.ParseText(text);
        foreach (var (key, value) in header)
        {
            metadata.TryAdd(key, value);
        }

        var format = source.Contains(".csv#", StringComparison.OrdinalIgnoreCase) ? TranscriptFormat.Csv : TranscriptFormat.Json;
        return TranscriptReader.Build(RequireId(id, source), source, format, turns, metadata, candidateId, jobId);
    }

    private static string RequireId(string? id, string source) =>
        string.IsNullOrWhiteSpace(id) ? throw new TranscriptException(TranscriptErrorCodes.MissingField, $"{source}: the call has no id.") : id;

    private static TimeSpan? Time(JsonElement item, string name, string source)
    {
        if (!item.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var raw = value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();
        return TranscriptTimestamps.TryParseSeconds(raw, out var time)
            ? time
            : throw new TranscriptException(TranscriptErrorCodes.BadTimestamp, $"{source}: '{raw}' is not a valid {name} time.");
    }

    private static string? Property(JsonElement element, IEnumerable<string> names)
    {
        foreach (var p in element.EnumerateObject())
        {
            if (names.Contains(p.Name, StringComparer.OrdinalIgnoreCase) && p.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number)
            {
                var value = p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : p.Value.GetRawText();
                return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
            }
        }

        return null;
    }

    private static int Column(string[] header, string[] names) =>
        Array.FindIndex(header, h => names.Contains(h.Trim(), StringComparer.OrdinalIgnoreCase));

    private static string? Cell(string[] cells, int column) => column >= 0 && cells[column].Length > 0 ? cells[column] : null;

    /// <summary>Collects rows, turning a row's <see cref="TranscriptException"/> into that row's error.</summary>
    private sealed class Rows
    {
        private readonly List<CallTranscript> _calls = [];
        private readonly List<TranscriptError> _errors = [];

        public void Add(string source, Func<CallTranscript> read)
        {
            try
            {
                _calls.Add(read());
            }
            catch (TranscriptException ex)
            {
                _errors.Add(new TranscriptError(source, ex.Code, ex.Message));
            }
        }

        public TranscriptReadResult ToResult() => new(_calls, _errors);
    }
}
