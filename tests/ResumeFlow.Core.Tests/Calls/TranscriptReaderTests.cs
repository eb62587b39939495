using System.Text;
using ResumeFlow.Core.Calls.Transcripts;

namespace ResumeFlow.Core.Tests.Calls;

public sealed class TranscriptReaderTests
{
    private static TranscriptReadResult Read(string fileName, string text) => TranscriptReader.Read(fileName, Encoding.UTF8.GetBytes(text));

    private static CallTranscript Single(string fileName, string text)
    {
        var result = Read(fileName, text);
        Assert.Empty(result.Errors);
        return Assert.Single(result.Calls);
    }

    [Fact]
    public void Teams_vtt_takes_speakers_from_voice_tags_and_skips_notes()
    {
        var call = Single("teams.vtt", """
            WEBVTT

            NOTE exported by Teams

            3f1c/12-0
            00:00:01.000 --> 00:00:04.500 align:start
            <v Jonas Becker>Hi Priya, can you hear me?</v>

            3f1c/13-0
            00:00:05.000 --> 00:00:09.000
            <v Priya Raman>Yes &amp; <i>perfectly</i>.</v>
            """);

        Assert.Equal(TranscriptFormat.WebVtt, call.Format);
        Assert.Equal("teams", call.CallId);
        Assert.Equal(["Jonas Becker", "Priya Raman"], call.Turns.Select(t => t.Speaker));
        Assert.Equal("Yes & perfectly.", call.Turns[1].Text);
        Assert.Equal(TimeSpan.FromSeconds(1), call.Turns[0].Start);
        Assert.Equal(TimeSpan.FromSeconds(4.5), call.Turns[0].End);
        Assert.Equal("Jonas Becker", call.Interviewer);
        Assert.Equal("Priya Raman", call.Candidate);
    }

    [Fact]
    public void Zoom_vtt_takes_speakers_from_the_cue_text_and_carries_them_over_unnamed_cues()
    {
        var call = Single("zoom.vtt", """
            WEBVTT

            1
            00:00:00.000 --> 00:00:03.000
            Laura Gómez: Hi Sofia!

            2
            00:00:03.500 --> 00:00:06.000
            Sofia Martínez: Hi Laura,

            3
            00:00:06.000 --> 00:00:07.000
            good thanks.
            """);

        Assert.Equal(["Laura Gómez", "Sofia Martínez", "Sofia Martínez"], call.Turns.Select(t => t.Speaker));
        Assert.Equal("good thanks.", call.Turns[2].Text);
    }

    [Fact]
    public void Srt_reads_comma_decimals_and_speaker_prefixes()
    {
        var call = Single("call.srt", "1\r\n00:00:00,000 --> 00:00:02,500\r\nAnn: Hello?\r\n\r\n2\r\n00:00:03,000 --> 00:01:04,250\r\nBob: Hi there.\r\n");

        Assert.Equal(TranscriptFormat.Srt, call.Format);
        Assert.Equal(["Ann", "Bob"], call.Turns.Select(t => t.Speaker));
        Assert.Equal(TimeSpan.FromMilliseconds(64_250), call.Turns[1].End);
    }

    [Fact]
    public void Plain_text_reads_the_header_as_metadata_and_joins_continuation_lines()
    {
        var call = Single("Call 7.txt", """
            Screening call transcript
            Role: Data Engineer
            Candidate: Mia Wong
            Interviewer: Jonas Becker (Talent Acquisition)
            Candidate ID: cand-mia
            Job ID: job-data

            [00:00] Jonas: Hello Mia, shall we start?
            [00:04] Mia: Yes.
            I have been looking forward to it.
            [01:02:03] Jonas: Great.
            """);

        Assert.Equal("call-7", call.CallId);
        Assert.Equal("Data Engineer", call.Metadata["role"]);
        Assert.Equal("Screening call transcript", call.Metadata["title"]);
        Assert.Equal("cand-mia", call.CandidateId);
        Assert.Equal("job-data", call.JobId);
        Assert.Equal("Jonas", call.Interviewer);
        Assert.Equal("Jonas Becker", call.InterviewerName);
        Assert.Equal("Mia", call.Candidate);
        Assert.Equal("Yes. I have been looking forward to it.", call.Turns[1].Text);
        Assert.Equal(new TimeSpan(1, 2, 3), call.Turns[2].Start);
    }

    [Fact]
    public void Plain_text_with_role_labels_only_is_read_as_turns_not_as_a_header()
    {
        var call = Single("labels.txt", "Interviewer: Why this role?\n\nCandidate: The product.\n\nInterviewer: Thanks.\n");

        Assert.Equal(3, call.Turns.Count);
        Assert.Equal("Interviewer", call.Interviewer);
        Assert.Equal("Candidate", call.Candidate);
        Assert.Null(call.Turns[0].Start);
    }

    [Fact]
    public void Json_export_reads_every_call_with_ids_metadata_and_timed_turns()
    {
        var result = Read("export.json", """
            {"calls": [
              {"id": "c1", "candidateId": "cand-1", "jobId": "job-1", "metadata": {"interviewer": "Nina Walsh"},
               "transcript": [{"speaker": "Nina", "text": "Hi?", "start": 0, "end": 1.5}, {"speaker": "Tom", "text": "Hello.", "start": "00:02", "end": "00:03.5"}]},
              {"call_id": "c2", "transcript": "WEBVTT\n\n00:00:00.000 --> 00:00:01.000\n<v A>Hi</v>\n"},
              {"id": "c3"}
            ]}
            """);

        Assert.Equal(["c1", "c2"], result.Calls.Select(c => c.CallId));
        var c1 = result.Calls[0];
        Assert.Equal(TranscriptFormat.Json, c1.Format);
        Assert.Equal(("cand-1", "job-1", "Nina"), (c1.CandidateId, c1.JobId, c1.Interviewer));
        Assert.Equal(TimeSpan.FromSeconds(3.5), c1.Turns[1].End);
        var error = Assert.Single(result.Errors);
        Assert.Equal(("export.json#3", TranscriptErrorCodes.MissingField), (error.Source, error.Code));
    }

    [Fact]
    public void Csv_export_reads_quoted_multi_line_transcripts_and_extra_columns_as_metadata()
    {
        var result = Read("export.csv", "id,candidate_id,interviewer,transcript\nc1,cand-1,Ann Lee,\"Ann: Hello, welcome?\nBob: Thanks, \"\"glad\"\" to be here.\"\nc2,,,\n");

        var call = Assert.Single(result.Calls);
        Assert.Equal(TranscriptFormat.Csv, call.Format);
        Assert.Equal("cand-1", call.CandidateId);
        Assert.Equal("Ann Lee", call.Metadata["interviewer"]);
        Assert.Equal("Thanks, \"glad\" to be here.", call.Turns[1].Text);
        Assert.Equal(TranscriptErrorCodes.MissingField, Assert.Single(result.Errors).Code);
    }

    [Theory]
    [InlineData("a.vtt", "00:00:00.000 --> 00:00:01.000\nA: hi\n", TranscriptErrorCodes.MissingHeader)]
    [InlineData("a.vtt", "WEBVTT\n\n00:00:05.000 --> 00:00:01.000\nA: backwards\n", TranscriptErrorCodes.BadTimestamp)]
    [InlineData("a.srt", "1\n00:00:0x,000 --> 00:00:01,000\nA: hi\n", TranscriptErrorCodes.BadTimestamp)]
    [InlineData("a.txt", "   \n", TranscriptErrorCodes.Empty)]
    [InlineData("a.txt", "[00:99] A: hi\n", TranscriptErrorCodes.BadTimestamp)]
    [InlineData("a.txt", "Nobody wrote down who said what.\n", TranscriptErrorCodes.NoTurns)]
    [InlineData("a.json", "{ \"calls\": [", TranscriptErrorCodes.InvalidJson)]
    [InlineData("a.csv", "name,notes\nx,y\n", TranscriptErrorCodes.MissingField)]
    [InlineData("a.docx", "PK\u0003\u0004", TranscriptErrorCodes.UnsupportedFormat)]
    [InlineData("a.vtt", "WEBVTT\0\0\0", TranscriptErrorCodes.Unreadable)]
    public void A_bad_file_gets_its_error_code_instead_of_an_exception(string fileName, string content, string code)
    {
        var result = Read(fileName, content);

        Assert.Empty(result.Calls);
        var error = Assert.Single(result.Errors);
        Assert.Equal(code, error.Code);
        Assert.Equal(fileName, error.Source);
    }

    [Fact]
    public void A_repeated_call_id_is_an_error_of_the_later_file()
    {
        var result = TranscriptReader.ReadAll(
        [
            ("dup.txt", Encoding.UTF8.GetBytes("A: hi\nB: hello\n")),
            ("dup.srt", Encoding.UTF8.GetBytes("1\n00:00:00,000 --> 00:00:01,000\nA: hi\n")),
        ]);

        Assert.Equal("dup.txt", Assert.Single(result.Calls).Source);
        Assert.Equal(TranscriptErrorCodes.DuplicateId, Assert.Single(result.Errors).Code);
    }
}
