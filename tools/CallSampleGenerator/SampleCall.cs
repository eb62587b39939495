namespace CallSampleGenerator;

/// <summary>One generated call: who, for which job, and its timed utterances.</summary>
internal sealed record SampleCall(
    string Id,
    string Candidate,
    string Interviewer,
    string InterviewerTitle,
    string Role,
    string CandidateId,
    string JobId,
    string Date,
    IReadOnlyList<SampleUtterance> Utterances);

internal sealed record SampleUtterance(string Speaker, string Text, TimeSpan Start, TimeSpan End);
