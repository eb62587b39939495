using System.Text.RegularExpressions;
using ResumeFlow.Core.Calls.Transcripts;

namespace ResumeFlow.Core.Calls.Metrics;

/// <summary>
/// Computes <see cref="CallMetrics"/> from a transcript's utterances. Missing end times are the next utterance's
/// start (or the speaking time of the words, for the last one); a transcript without any timestamps is timed
/// from word counts alone.
/// </summary>
public static partial class CallMetricsCalculator
{
    /// <summary>Speaking rate used where a transcript gives no times (typical conversational English).</summary>
    public const double WordsPerSecond = 2.5;

    public const string InterviewerRole = "interviewer";
    public const string CandidateRole = "candidate";
    public const string OtherRole = "other";

    public static CallLength LengthOf(double durationSeconds) => durationSeconds switch
    {
        < 5 * 60 => CallLength.Brief,
        < 20 * 60 => CallLength.Standard,
        < 45 * 60 => CallLength.Long,
        _ => CallLength.Extended,
    };

    public static CallMetrics Calculate(CallTranscript call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var (timed, estimated) = Time(call.Turns);
        var duration = timed.Count == 0 ? 0 : timed.Max(t => t.End) - timed.Min(t => t.Start);

        // Runs of one speaker: turns and monologues.
        var runs = new List<(string Speaker, double Start, double End)>();
        foreach (var t in timed)
        {
            if (runs.Count > 0 && runs[^1].Speaker == t.Speaker)
            {
                runs[^1] = (t.Speaker, runs[^1].Start, Math.Max(runs[^1].End, t.End));
            }
            else
            {
                runs.Add((t.Speaker, t.Start, t.End));
            }
        }

        var overlaps = 0;
        var overlapSeconds = 0.0;
        for (var i = 1; i < timed.Count; i++)
        {
            var othersEnd = timed.Take(i).Where(p => p.Speaker != timed[i].Speaker).Select(p => p.End).DefaultIfEmpty(0).Max();
            if (timed[i].Start < othersEnd)
            {
                overlaps++;
                overlapSeconds += Math.Min(othersEnd, timed[i].End) - timed[i].Start;
            }
        }

        var totalTalk = timed.Sum(t => t.End - t.Start);
        var speakers = timed.GroupBy(t => t.Speaker, StringComparer.Ordinal).Select(g =>
        {
            var talk = g.Sum(t => t.End - t.Start);
            return new SpeakerMetrics(
                g.Key,
                g.Key == call.Interviewer ? InterviewerRole : g.Key == call.Candidate ? CandidateRole : OtherRole,
                Round(talk),
                totalTalk <= 0 ? 0 : Math.Round(talk / totalTalk, 3),
                g.Sum(t => Words(t.Text)),
                runs.Count(r => r.Speaker == g.Key),
                g.Sum(t => Questions(t.Text)));
        }).ToList();

        var longest = runs.OrderByDescending(r => r.End - r.Start).FirstOrDefault();
        return new CallMetrics
        {
            DurationSeconds = Round(duration),
            Length = LengthOf(duration),
            Turns = runs.Count,
            InterviewerQuestions = speakers.Where(s => s.Role == InterviewerRole).Sum(s => s.Questions),
            LongestMonologueSpeaker = longest.Speaker,
            LongestMonologueSeconds = Round(longest.End - longest.Start),
            Overlaps = overlaps,
            OverlapSeconds = Round(overlapSeconds),
            TimingEstimated = estimated,
            Speakers = speakers,
        };
    }

    /// <summary>Words in an utterance (letters or digits separated by space).</summary>
    public static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));

    /// <summary>Questions in an utterance: sentences ending in '?' ("Really?? Why?" is two).</summary>
    public static int Questions(string text) => QuestionPattern().Count(text);

    private static (List<(string Speaker, string Text, double Start, double End)> Timed, bool Estimated) Time(IReadOnlyList<TranscriptTurn> turns)
    {
        var estimated = turns.All(t => t.Start is null);
        var result = new List<(string Speaker, string Text, double Start, double End)>(turns.Count);
        var clock = 0.0;
        for (var i = 0; i < turns.Count; i++)
        {
            var t = turns[i];
            var speaking = Math.Max(1, Words(t.Text) / WordsPerSecond);
            var start = t.Start?.TotalSeconds ?? clock;
            var next = turns.Skip(i + 1).FirstOrDefault(n => n.Start is not null)?.Start?.TotalSeconds;
            var end = t.End?.TotalSeconds ?? (next > start ? next.Value : start + speaking);
            result.Add((t.Speaker, t.Text, start, Math.Max(start, end)));
            clock = Math.Max(clock, Math.Max(start, end));
        }

        return (result, estimated);
    }

    private static double Round(double seconds) => Math.Round(seconds, 1);

    [GeneratedRegex(@"\?+", RegexOptions.CultureInvariant)]
    private static partial Regex QuestionPattern();
}
