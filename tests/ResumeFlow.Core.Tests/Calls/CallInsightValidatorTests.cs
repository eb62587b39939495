using System.Text;
using ResumeFlow.Core.Calls.Insights;
using ResumeFlow.Core.Calls.Transcripts;

namespace ResumeFlow.Core.Tests.Calls;

public sealed class CallInsightValidatorTests
{
    private static readonly CallTranscript Call = Assert.Single(TranscriptReader.Read("c.txt", Encoding.UTF8.GetBytes(
        "Interviewer: Jonas Becker\nRole: Backend\n\nJonas: What is your notice period?\nPriya: Three months, but one to two is negotiable.\n")).Calls);

    private static CallInsightReply Reply(params CallInsightQuote[] quotes) =>
        new(CallCategory.Screening, CallOutcome.Advance, CallSentiment.Positive, " keen ", [" notice period ", ""], ["notice period"], [new CallFollowUp(" send dates ", FollowUpOwner.Interviewer)], "Technical interview", quotes);

    [Fact]
    public void Quotes_not_in_the_transcript_are_rejected_and_the_rest_link_to_their_turn()
    {
        var insight = CallInsightValidator.Validate(Reply(
            new CallInsightQuote("notice", "Three months,  but one to two is NEGOTIABLE"),
            new CallInsightQuote("salary", "I expect ninety thousand euros."),
            new CallInsightQuote("short", "ok")), Call);

        var kept = Assert.Single(insight.Quotes);
        Assert.Equal(1, kept.TurnIndex);
        Assert.Equal(
            [("I expect ninety thousand euros.", CallInsightValidator.NotInTranscript), ("ok", CallInsightValidator.TooShort)],
            insight.RejectedQuotes.Select(q => (q.Quote, q.RejectedReason!)));
        Assert.Equal(["notice period"], insight.KeyPoints);
        Assert.Equal(("keen", "send dates"), (insight.SentimentReason, insight.FollowUps[0].Action));
        Assert.True(insight.NeedsFollowUp);
    }

    [Fact]
    public void A_quote_of_what_the_model_saw_pseudonymised_is_accepted()
    {
        var sent = TranscriptPseudonymizer.Pseudonymize(Call);

        var insight = CallInsightValidator.Validate(Reply(new CallInsightQuote("question", "Interviewer: What is your notice period?")), Call, sent);

        Assert.Equal(0, Assert.Single(insight.Quotes).TurnIndex);
        Assert.Equal(["Interviewer", "Candidate"], sent.Turns.Select(t => t.Speaker));
        Assert.DoesNotContain("Jonas", string.Join(' ', sent.Metadata.Values) + sent.Text, StringComparison.Ordinal);
    }
}
