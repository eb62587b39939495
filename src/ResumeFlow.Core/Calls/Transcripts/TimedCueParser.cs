using System.Net;
using System.Text.RegularExpressions;

namespace ResumeFlow.Core.Calls.Transcripts;

/// <summary>
/// The cue formats: WebVTT (Teams' <c>&lt;v Speaker&gt;</c> voice tags, Zoom's "Speaker: text" cues, NOTE/STYLE
/// blocks, cue ids and settings) and SRT (numbered cues, comma decimals). A cue without a speaker continues the
/// previous speaker.
/// </summary>
internal static partial class TimedCueParser
{
    private const string UnknownSpeaker = "Unknown";

    public static List<TranscriptTurn> ParseVtt(string text)
    {
        var lines = Lines(text);
        var first = lines.FindIndex(l => l.Trim().Length > 0);
        if (first < 0 || !lines[first].TrimStart().StartsWith("WEBVTT", StringComparison.Ordinal))
        {
            throw new TranscriptException(TranscriptErrorCodes.MissingHeader, "A WebVTT file must start with 'WEBVTT'.");
        }

        return ParseCues(lines.Skip(first + 1).ToList(), vtt: true);
    }

    public static List<TranscriptTurn> ParseSrt(string text) => ParseCues(Lines(text), vtt: false);

    private static List<string> Lines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n').ToList();

    private static List<TranscriptTurn> ParseCues(List<string> lines, bool vtt)
    {
        var turns = new List<TranscriptTurn>();
        var block = new List<(string Line, int Number)>();
        string? lastSpeaker = null;
        for (var i = 0; i <= lines.Count; i++)
        {
            if (i < lines.Count && lines[i].Trim().Length > 0)
            {
                block.Add((lines[i], i + 1));
                continue;
            }

            if (block.Count > 0)
            {
                var turn = ParseBlock(block, vtt, lastSpeaker);
                if (turn is not null)
                {
                    turns.Add(turn);
                    lastSpeaker = turn.Speaker;
                }

                block.Clear();
            }
        }

        return turns;
    }

    private static TranscriptTurn? ParseBlock(List<(string Line, int Number)> block, bool vtt, string? lastSpeaker)
    {
        var head = block[0].Line.TrimStart();
        if (vtt && (head.StartsWith("NOTE", StringComparison.Ordinal) || head.StartsWith("STYLE", StringComparison.Ordinal) || head.StartsWith("REGION", StringComparison.Ordinal)))
        {
            return null;
        }

        var timing = block.FindIndex(b => b.Line.Contains("-->", StringComparison.Ordinal));
        if (timing < 0 || timing > 1)
        {
            throw new TranscriptException(TranscriptErrorCodes.BadTimestamp, $"Line {block[0].Number}: a cue needs a 'start --> end' timing line.");
        }

        var parts = block[timing].Line.Split("-->", 2, StringSplitOptions.TrimEntries);
        var endText = parts[1].Split(' ', 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        if (!TranscriptTimestamps.TryParse(parts[0], out var start) || !TranscriptTimestamps.TryParse(endText, out var end) || end < start)
        {
            throw new TranscriptException(TranscriptErrorCodes.BadTimestamp, $"Line {block[timing].Number}: '{block[timing].Line.Trim()}' is not a valid cue timing.");
        }

        var raw = string.Join(' ', block.Skip(timing + 1).Select(b => b.Line.Trim()));
        string? speaker = null;
        var voice = VoicePattern().Match(raw);
        if (voice.Success)
        {
            speaker = voice.Groups["name"].Value.Trim();
        }

        var content = WebUtility.HtmlDecode(TagPattern().Replace(raw, string.Empty)).Trim();
        if (speaker is null && SpeakerLine.TryParse(content, out var named, out var said))
        {
            speaker = named;
            content = said;
        }

        return content.Length == 0 ? null : new TranscriptTurn(speaker ?? lastSpeaker ?? UnknownSpeaker, content, start, end);
    }

    [GeneratedRegex(@"<v(?:\.[\w.\-]+)?\s+(?<name>[^>]+)>", RegexOptions.CultureInvariant)]
    private static partial Regex VoicePattern();

    [GeneratedRegex(@"<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex TagPattern();
}
