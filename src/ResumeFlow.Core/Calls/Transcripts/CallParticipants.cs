namespace ResumeFlow.Core.Calls.Transcripts;

/// <summary>
/// Finds the interviewer and candidate among the speakers: the header's names first ("Interviewer: Jonas Becker
/// (TA)" matches speaker "Jonas" or "Jonas Becker"), then role labels ("Interviewer", "Recruiter", "Candidate"),
/// then order (the interviewer opens the call).
/// </summary>
internal static class CallParticipants
{
    private static readonly string[] InterviewerLabels = ["interviewer", "recruiter", "host", "hiring manager"];
    private static readonly string[] CandidateLabels = ["candidate", "applicant", "guest"];

    public static CallTranscript Resolve(CallTranscript call)
    {
        var speakers = call.Turns.Select(t => t.Speaker).Distinct(StringComparer.Ordinal).ToList();
        var interviewerName = Clean(call.Metadata.GetValueOrDefault("interviewer") ?? call.Metadata.GetValueOrDefault("recruiter"));
        var candidateName = Clean(call.Metadata.GetValueOrDefault("candidate"));
        var interviewer = Match(speakers, interviewerName) ?? speakers.FirstOrDefault(s => InterviewerLabels.Contains(s, StringComparer.OrdinalIgnoreCase)) ?? speakers.FirstOrDefault();
        var candidate = Match(speakers, candidateName)
            ?? speakers.FirstOrDefault(s => CandidateLabels.Contains(s, StringComparer.OrdinalIgnoreCase))
            ?? speakers.FirstOrDefault(s => s != interviewer);
        return call with
        {
            Interviewer = interviewer,
            InterviewerName = interviewerName ?? interviewer,
            Candidate = candidate == interviewer ? null : candidate,
        };
    }

    private static string? Match(List<string> speakers, string? name)
    {
        if (name is null)
        {
            return null;
        }

        var first = name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        return speakers.FirstOrDefault(s => string.Equals(s, name, StringComparison.OrdinalIgnoreCase))
            ?? speakers.FirstOrDefault(s => string.Equals(s.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0], first, StringComparison.OrdinalIgnoreCase));
    }

    // "Jonas Becker (Talent Acquisition)" → "Jonas Becker".
    private static string? Clean(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var paren = name.IndexOf('(', StringComparison.Ordinal);
        var cleaned = (paren > 0 ? name[..paren] : name).Trim();
        return cleaned.Length == 0 ? null : cleaned;
    }
}
