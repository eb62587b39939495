using System.Text;
using System.Text.Json.Serialization;

namespace ResumeFlow.Core.Calls.Transcripts;

/// <summary>
/// A parsed call: its id (file name, or the export's id column), where it came from, header metadata, the
/// optional links to a candidate and a job, who interviewed, and the utterances in order.
/// </summary>
public sealed record CallTranscript
{
    public required string CallId { get; init; }

    /// <summary>The file (and, for exports, the row) it was read from.</summary>
    public required string Source { get; init; }

    public required TranscriptFormat Format { get; init; }

    public required IReadOnlyList<TranscriptTurn> Turns { get; init; }

    public IReadOnlyDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>();

    public string? CandidateId { get; init; }

    public string? JobId { get; init; }

    /// <summary>The speaker label of the interviewer (from metadata, else the one who opens the call).</summary>
    public string? Interviewer { get; init; }

    /// <summary>The interviewer's name for reports (the header's name when given, else the speaker label).</summary>
    public string? InterviewerName { get; init; }

    /// <summary>The speaker label of the candidate (from metadata, else the first other speaker).</summary>
    public string? Candidate { get; init; }

    /// <summary>The transcript as "Speaker: text" lines, one per utterance: what the LLM reads and quotes are checked against.</summary>
    [JsonIgnore]
    public string Text
    {
        get
        {
            var b = new StringBuilder();
            foreach (var turn in Turns)
            {
                b.Append(turn.Speaker).Append(": ").Append(turn.Text).Append('\n');
            }

            return b.ToString();
        }
    }
}
