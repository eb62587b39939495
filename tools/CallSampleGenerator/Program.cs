using CallSampleGenerator;

// Regenerates the generated call transcripts (40 calls in every format, plus broken files):
//   dotnet run --project tools/CallSampleGenerator -- samples/calls
// Deterministic: the same seed writes the same bytes.
var output = Path.GetFullPath(args.Length > 0 ? args[0] : Path.Combine("samples", "calls"));
Directory.CreateDirectory(output);
var calls = CallBuilder.Build(count: 40, seed: 20261129);
var files = new Dictionary<string, string>(StringComparer.Ordinal);
var exported = new List<SampleCall>();
for (var n = 0; n < calls.Count; n++)
{
    var call = calls[n];
    switch (n % 5)
    {
        case 0:
            files[call.Id + ".teams.vtt"] = TranscriptWriters.TeamsVtt(call);
            break;
        case 1:
            files[call.Id + ".zoom.vtt"] = TranscriptWriters.ZoomVtt(call);
            break;
        case 2:
            files[call.Id + ".srt"] = TranscriptWriters.Srt(call);
            break;
        case 3:
            files[call.Id + ".txt"] = TranscriptWriters.PlainText(call);
            break;
        default:
            exported.Add(call);
            break;
    }
}

files["gen-export.json"] = TranscriptWriters.JsonExport(exported.Where((_, i) => i % 2 == 0));
// The CSV export carries one bad row (no transcript): that row fails with its own error, the rest are read.
files["gen-export.csv"] = TranscriptWriters.CsvExport(exported.Where((_, i) => i % 2 == 1), "gen-bad-row,,,Jonas Becker,Nobody,Data Engineer,2026-11-20,");

// Broken files: each must come back with its own error code and never stop the run.
files["broken-missing-header.vtt"] = "00:00:00.000 --> 00:00:02.000\nJonas: Hello?\n";
files["broken-bad-timestamp.srt"] = "1\n00:00:00,000 --> 00:00:02,000\nJonas: Hello\n\n2\n00:00:0x,000 --> 00:00:04,000\nMia: Hi\n";
files["broken-empty.txt"] = string.Empty;
files["broken-no-speakers.txt"] = "We talked about the role for a while and agreed to speak again next week.\nNo one wrote down who said what.\n";
files["broken-export.json"] = "{ \"calls\": [ { \"id\": \"x\", \"transcript\": \"Jonas: hi\" } \n";

foreach (var (name, content) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
{
    File.WriteAllText(Path.Combine(output, name), content);
}

Console.WriteLine($"{files.Count} files ({calls.Count} calls, {exported.Count} of them in exports, 5 broken files) written to {output}");
return 0;
