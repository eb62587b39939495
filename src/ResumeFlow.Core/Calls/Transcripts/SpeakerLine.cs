using System.Text.RegularExpressions;

namespace ResumeFlow.Core.Calls.Transcripts;

/// <summary>Splits "Speaker: text" (at most five words before the colon, starting with a letter) into its parts.</summary>
internal static partial class SpeakerLine
{
    public static bool TryParse(string line, out string speaker, out string text)
    {
        var match = Pattern().Match(line);
        speaker = match.Success ? match.Groups["speaker"].Value.Trim() : string.Empty;
        text = match.Success ? match.Groups["text"].Value.Trim() : line.Trim();
        return match.Success;
    }

    [GeneratedRegex(@"^\s*(?:>>\s*)?(?<speaker>\p{L}[\p{L}\p{N}.'’\-]*(?:\s+[\p{L}\p{N}(][\p{L}\p{N}.'’()\-]*){0,4})\s*:\s+(?<text>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
