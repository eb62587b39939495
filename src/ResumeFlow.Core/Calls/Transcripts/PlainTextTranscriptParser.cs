using System.Text.RegularExpressions;

namespace ResumeFlow.Core.Calls.Transcripts;

/// <summary>
/// Plain text: an optional header block ("Role: …", "Candidate: …", "Interviewer: …", a title line) ended by a
/// blank line, then "Speaker: line" turns, each optionally prefixed by a "[mm:ss]" timestamp; a line without a
/// speaker continues the previous turn.
/// </summary>
internal static partial class PlainTextTranscriptParser
{
    private static readonly HashSet<string> MetadataKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "role", "position", "job", "job title", "job id", "job_id", "candidate", "candidate id", "candidate_id", "interviewer",
        "recruiter", "date", "duration", "call id", "call_id", "title", "company", "medium", "location",
    };

    // A header that only names the two roles is indistinguishable from two turns; it must carry something else too.
    private static readonly HashSet<string> RoleKeys = new(StringComparer.OrdinalIgnoreCase) { "candidate", "interviewer", "recruiter" };

    public static (List<TranscriptTurn> Turns, Dictionary<string, string> Metadata) Parse(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var metadata = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var start = ReadHeader(lines, metadata);
        var turns = new List<TranscriptTurn>();
        for (var i = start; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            TimeSpan? at = null;
            var stamp = StampPattern().Match(line);
            if (stamp.Success)
            {
                if (!TranscriptTimestamps.TryParse(stamp.Groups["ts"].Value, out var parsed))
                {
                    throw new TranscriptException(TranscriptErrorCodes.BadTimestamp, $"Line {i + 1}: '{stamp.Value.Trim()}' is not a valid timestamp.");
                }

                at = parsed;
                line = line[stamp.Length..].Trim();
            }

            if (SpeakerLine.TryParse(line, out var speaker, out var said))
            {
                turns.Add(new TranscriptTurn(speaker, said, at));
            }
            else if (turns.Count > 0 && at is null)
            {
                turns[^1] = turns[^1] with { Text = turns[^1].Text + " " + line };
            }
        }

        return (turns, metadata);
    }

    private static int ReadHeader(string[] lines, Dictionary<string, string> metadata)
    {
        var firstContent = Array.FindIndex(lines, l => l.Trim().Length > 0);
        if (firstContent < 0)
        {
            return 0;
        }

        var end = Array.FindIndex(lines, firstContent, l => l.Trim().Length == 0);
        if (end < 0 || !lines.Skip(end).Any(l => l.Trim().Length > 0))
        {
            return 0;
        }

        var found = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var title = (string?)null;
        var informative = false;
        for (var i = firstContent; i < end; i++)
        {
            var line = lines[i].Trim();
            if (StampPattern().IsMatch(line))
            {
                return 0;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                title ??= line;
                informative = true;
                continue;
            }

            var key = line[..colon].Trim();
            if (!MetadataKeys.Contains(key))
            {
                return 0;
            }

            found[key.Replace('_', ' ').ToLowerInvariant()] = line[(colon + 1)..].Trim();
            informative |= !RoleKeys.Contains(key);
        }

        if (!informative)
        {
            return 0;
        }

        if (title is not null)
        {
            found.TryAdd("title", title);
        }

        foreach (var (key, value) in found)
        {
            metadata[key] = value;
        }

        return end + 1;
    }

    [GeneratedRegex(@"^[\[(](?<ts>\d[\d:.,]*)[\])]\s*", RegexOptions.CultureInvariant)]
    private static partial Regex StampPattern();
}
