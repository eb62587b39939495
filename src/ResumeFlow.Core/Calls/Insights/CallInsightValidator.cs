using ResumeFlow.Core.Calls.Transcripts;
using ResumeFlow.Core.Scoring.Rubric;

namespace ResumeFlow.Core.Calls.Insights;

/// <summary>
/// Turns the model's reply into a <see cref="CallInsight"/>, keeping only quotes that occur in the transcript,
/// by the same check the screening applies to CV evidence (<see cref="EvidenceValidator.Occurs"/>). A quote may
/// be found in the transcript as read or as the model saw it (speakers pseudonymised).
/// </summary>
public static class CallInsightValidator
{
    public const string NotInTranscript = "not_in_transcript";
    public const string TooShort = "too_short";

    public static CallInsight Validate(CallInsightReply reply, CallTranscript call, CallTranscript? sent = null)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(call);
        var texts = new[] { call, sent }.OfType<CallTranscript>().Select(c => c.Text).ToList();
        var accepted = new List<CallQuote>();
        var rejected = new List<CallQuote>();
        foreach (var q in (reply.Quotes ?? []).Where(q => !string.IsNullOrWhiteSpace(q.Quote)).DistinctBy(q => q.Quote.Trim()))
        {
            var point = q.Point?.Trim() ?? string.Empty;
            var quote = q.Quote.Trim();
            if (quote.Trim('"', '\'', '.', ' ').Length < EvidenceValidator.MinimumQuoteLength)
            {
                rejected.Add(new CallQuote(point, quote, null, TooShort));
            }
            else if (!texts.Any(t => EvidenceValidator.Occurs(quote, t)))
            {
                rejected.Add(new CallQuote(point, quote, null, NotInTranscript));
            }
            else
            {
                accepted.Add(new CallQuote(point, quote, TurnOf(quote, call, sent)));
            }
        }

        return new CallInsight(
            reply.Category,
            reply.Outcome,
            reply.Sentiment,
            reply.SentimentReason?.Trim() ?? string.Empty,
            Clean(reply.KeyPoints),
            Clean(reply.Concerns),
            (reply.FollowUps ?? []).Where(f => !string.IsNullOrWhiteSpace(f.Action)).Select(f => f with { Action = f.Action.Trim() }).ToList(),
            reply.NextStep?.Trim() ?? string.Empty,
            accepted,
            rejected);
    }

    // The utterance a quote comes from; a quote spanning utterances links to the first one it starts in.
    private static int? TurnOf(string quote, CallTranscript call, CallTranscript? sent)
    {
        foreach (var transcript in new[] { call, sent }.OfType<CallTranscript>())
        {
            for (var i = 0; i < transcript.Turns.Count; i++)
            {
                var turn = transcript.Turns[i];
                if (EvidenceValidator.Occurs(quote, turn.Speaker + ": " + turn.Text) || (quote.Length > 0 && EvidenceValidator.Occurs(turn.Text, quote)))
                {
                    return i;
                }
            }
        }

        return null;
    }

    private static List<string> Clean(IReadOnlyList<string>? items) =>
        (items ?? []).Select(i => i?.Trim() ?? string.Empty).Where(i => i.Length > 0).Distinct(StringComparer.Ordinal).ToList();
}
