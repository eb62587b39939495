using ResumeFlow.Core.Calls.Transcripts;
using ResumeFlow.Testing;

namespace ResumeFlow.Core.Tests.Calls;

public sealed class CallSamplesTests
{
    [Fact]
    public void Samples_hold_forty_readable_calls_in_every_format_and_each_broken_file_fails_alone()
    {
        var folder = Path.Combine(RepositoryPaths.Root ?? throw new InvalidOperationException("not in a checkout"), "samples", "calls");
        var files = Directory.EnumerateFiles(folder)
            .Where(f => TranscriptReader.Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllBytes(f)));

        var result = TranscriptReader.ReadAll(files);

        Assert.True(result.Calls.Count >= 40, $"{result.Calls.Count} calls");
        Assert.Equal(Enum.GetValues<TranscriptFormat>().Order(), result.Calls.Select(c => c.Format).Distinct().Order());
        Assert.All(result.Calls, c => Assert.True(c.Turns.Count >= 2 && c.Interviewer is not null && c.Candidate is not null, c.CallId));
        Assert.Equal(
            [
                ("broken-bad-timestamp.srt", TranscriptErrorCodes.BadTimestamp),
                ("broken-empty.txt", TranscriptErrorCodes.Empty),
                ("broken-export.json", TranscriptErrorCodes.InvalidJson),
                ("broken-missing-header.vtt", TranscriptErrorCodes.MissingHeader),
                ("broken-no-speakers.txt", TranscriptErrorCodes.NoTurns),
                ("gen-export.csv#5", TranscriptErrorCodes.MissingField),
            ],
            result.Errors.Select(e => (e.Source, e.Code)).Order());
    }
}
