using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CallSampleGenerator;

/// <summary>Writes calls the way each tool exports them: Teams and Zoom WebVTT, SRT, plain text, JSON and CSV exports.</summary>
internal static class TranscriptWriters
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string TeamsVtt(SampleCall call)
    {
        var b = new StringBuilder("WEBVTT\n\n");
        for (var i = 0; i < call.Utterances.Count; i++)
        {
            var u = call.Utterances[i];
            b.Append(CultureInfo.InvariantCulture, $"{call.Id}/{i + 1}-0\n{Stamp(u.Start, '.')} --> {Stamp(u.End, '.')}\n<v {FullName(call, u.Speaker)}>{u.Text}</v>\n\n");
        }

        return b.ToString();
    }

    public static string ZoomVtt(SampleCall call)
    {
        var b = new StringBuilder("WEBVTT\n\n");
        for (var i = 0; i < call.Utterances.Count; i++)
        {
            var u = call.Utterances[i];
            b.Append(CultureInfo.InvariantCulture, $"{i + 1}\n{Stamp(u.Start, '.')} --> {Stamp(u.End, '.')}\n{FullName(call, u.Speaker)}: {u.Text}\n\n");
        }

        return b.ToString();
    }

    public static string Srt(SampleCall call)
    {
        var b = new StringBuilder();
        for (var i = 0; i < call.Utterances.Count; i++)
        {
            var u = call.Utterances[i];
            b.Append(CultureInfo.InvariantCulture, $"{i + 1}\n{Stamp(u.Start, ',')} --> {Stamp(u.End, ',')}\n{u.Speaker}: {u.Text}\n\n");
        }

        return b.ToString();
    }

    public static string PlainText(SampleCall call)
    {
        var b = new StringBuilder("Screening call transcript\n");
        b.Append(CultureInfo.InvariantCulture, $"Role: {call.Role}\nCandidate: {call.Candidate}\nInterviewer: {call.Interviewer} ({call.InterviewerTitle})\n");
        b.Append(CultureInfo.InvariantCulture, $"Candidate ID: {call.CandidateId}\nJob ID: {call.JobId}\nDate: {call.Date}\n\n");
        foreach (var u in call.Utterances)
        {
            b.Append(CultureInfo.InvariantCulture, $"[{(int)u.Start.TotalMinutes:D2}:{u.Start.Seconds:D2}] {u.Speaker}: {u.Text}\n");
        }

        return b.ToString();
    }

    public static string JsonExport(IEnumerable<SampleCall> calls) => JsonSerializer.Serialize(new
    {
        calls = calls.Select(c => new
        {
            id = c.Id,
            candidateId = c.CandidateId,
            jobId = c.JobId,
            metadata = new { interviewer = c.Interviewer, candidate = c.Candidate, role = c.Role, date = c.Date },
            transcript = c.Utterances.Select(u => new { speaker = u.Speaker, text = u.Text, start = u.Start.TotalSeconds, end = u.End.TotalSeconds }),
        }),
    }, Indented) + "\n";

    public static string CsvExport(IEnumerable<SampleCall> calls, string? extraRow = null)
    {
        var b = new StringBuilder("id,candidate_id,job_id,interviewer,candidate,role,date,transcript\n");
        foreach (var c in calls)
        {
            var transcript = string.Join('\n', c.Utterances.Select(u => $"[{(int)u.Start.TotalMinutes:D2}:{u.Start.Seconds:D2}] {u.Speaker}: {u.Text}"));
            b.AppendJoin(',', new[] { c.Id, c.CandidateId, c.JobId, c.Interviewer, c.Candidate, c.Role, c.Date, transcript }.Select(Quote)).Append('\n');
        }

        if (extraRow is not null)
        {
            b.Append(extraRow).Append('\n');
        }

        return b.ToString();
    }

    private static string Quote(string value) => value.IndexOfAny([',', '"', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private static string Stamp(TimeSpan t, char separator) =>
        string.Create(CultureInfo.InvariantCulture, $"{(int)t.TotalHours:D2}:{t.Minutes:D2}:{t.Seconds:D2}{separator}{t.Milliseconds:D3}");

    private static string FullName(SampleCall call, string speaker) =>
        call.Candidate.StartsWith(speaker + " ", StringComparison.Ordinal) ? call.Candidate
        : call.Interviewer.StartsWith(speaker + " ", StringComparison.Ordinal) ? call.Interviewer : speaker;
}
