using ResumeFlow.Workflows.Calls;

namespace ResumeFlow.Workflows.Api;

/// <summary>
/// The JSON body of <c>POST /api/call-analyses</c> on every front: transcripts already in the
/// <see cref="CallArtifacts.InboxContainer"/> container, named by blob name, and optionally the candidate the calls
/// are tied to. (A single file can also be posted as the raw body with <c>?fileName=</c>; the host also takes multipart.)
/// </summary>
public sealed record CreateCallAnalysisBody(IReadOnlyList<string>? Transcripts, string? CandidateId)
{
    public const int MaxTranscripts = 10_000;

    /// <summary>Checks the body before anything is read or started.</summary>
    public void Validate()
    {
        if (Transcripts is not { Count: > 0 and <= MaxTranscripts })
        {
            throw new ApiException(new ApiError(400, CallApiErrorCodes.TranscriptsRequired, $"Name 1–{MaxTranscripts:N0} transcripts (blob names in the '{CallArtifacts.InboxContainer}' container)."));
        }

        if (Transcripts.Any(t => string.IsNullOrWhiteSpace(t) || t.Contains("..", StringComparison.Ordinal) || t.StartsWith('/')))
        {
            throw new ApiException(new ApiError(400, CallApiErrorCodes.InvalidTranscriptName, "Every transcript is a relative blob name without '..'."));
        }

        CheckCandidateId(CandidateId);
    }

    /// <summary>Refuses a candidate id that is not one (the front's <c>?candidateId=</c> too).</summary>
    public static void CheckCandidateId(string? candidateId)
    {
        if (candidateId is not null && !Core.Candidates.CandidateId.IsValid(candidateId))
        {
            throw new ApiException(new ApiError(400, ApiLimits.InvalidCandidateId, "A candidate id is 64 lower-case hex characters (the SHA-256 of the CV file)."));
        }
    }
}
