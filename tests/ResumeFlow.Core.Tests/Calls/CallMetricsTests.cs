using System.Text;
using ResumeFlow.Core.Calls.Metrics;
using ResumeFlow.Core.Calls.Transcripts;
using ResumeFlow.Testing;

namespace ResumeFlow.Core.Tests.Calls;

public sealed class CallMetricsTests
{
    private static CallTranscript Read(string fileName, string text) => Assert.Single(TranscriptReader.Read(fileName, Encoding.UTF8.GetBytes(text)).Calls);

    [Fact]
    public void Sample_call_figures_match_the_ones_counted_by_hand()
    {
        // samples/calls/call-01: 20 alternating utterances from [00:00] to [03:50]; the last ("Thank you, looking
        // forward to it.", 6 words) lasts 2.4 s at 2.5 words/s. Priya's longest answer runs [00:15]-[01:02].
        var path = Path.Combine(RepositoryPaths.Root!, "samples", "calls", "call-01-priya-raman-backend.txt");
        var call = Assert.Single(TranscriptReader.Read(Path.GetFileName(path), File.ReadAllBytes(path)).Calls);

        var m = CallMetricsCalculator.Calculate(call);

        Assert.Equal(232.4, m.DurationSeconds);
        Assert.Equal(CallLength.Brief, m.Length);
        Assert.Equal(20, m.Turns);
        Assert.Equal(7, m.InterviewerQuestions);
        Assert.Equal(("Priya", 47.0), (m.LongestMonologueSpeaker, m.LongestMonologueSeconds));
        Assert.Equal(0, m.Overlaps);
        Assert.False(m.TimingEstimated);
        var priya = m.Speakers.Single(s => s.Speaker == "Priya");
        var jonas = m.Speakers.Single(s => s.Speaker == "Jonas");
        Assert.Equal((CallMetricsCalculator.CandidateRole, 176.4, 0.759), (priya.Role, priya.TalkSeconds, priya.TalkShare));
        Assert.Equal((CallMetricsCalculator.InterviewerRole, 56.0, 10), (jonas.Role, jonas.TalkSeconds, jonas.Turns));
    }

    [Fact]
    public void Overlaps_runs_and_questions_come_from_the_cue_times()
    {
        var call = Read("overlap.vtt", """
            WEBVTT

            00:00:00.000 --> 00:00:05.000
            <v Ann>Hello, how are you? Ready??</v>

            00:00:04.000 --> 00:00:08.000
            <v Bob>Yes, thanks.</v>

            00:00:08.000 --> 00:00:10.000
            <v Bob>Let's go.</v>

            00:00:10.500 --> 00:00:12.000
            <v Ann>Great.</v>
            """);

        var m = CallMetricsCalculator.Calculate(call);

        Assert.Equal(12.0, m.DurationSeconds);
        Assert.Equal(3, m.Turns);
        Assert.Equal((1, 1.0), (m.Overlaps, m.OverlapSeconds));
        Assert.Equal(2, m.InterviewerQuestions);
        Assert.Equal(("Bob", 6.0), (m.LongestMonologueSpeaker, m.LongestMonologueSeconds));
        Assert.Equal(0.52, m.Speakers.Single(s => s.Speaker == "Ann").TalkShare);
    }

    [Fact]
    public void A_transcript_without_times_is_timed_from_its_words()
    {
        var call = Read("untimed.txt", "Ann: one two three four five\nBob: one two three four five six seven eight nine ten\n");

        var m = CallMetricsCalculator.Calculate(call);

        Assert.True(m.TimingEstimated);
        Assert.Equal(6.0, m.DurationSeconds);
        Assert.Equal(0.667, m.Speakers.Single(s => s.Speaker == "Bob").TalkShare);
    }

    [Theory]
    [InlineData(299, CallLength.Brief)]
    [InlineData(300, CallLength.Standard)]
    [InlineData(1200, CallLength.Long)]
    [InlineData(2700, CallLength.Extended)]
    public void Length_category_follows_the_duration(double seconds, CallLength expected) => Assert.Equal(expected, CallMetricsCalculator.LengthOf(seconds));
}
