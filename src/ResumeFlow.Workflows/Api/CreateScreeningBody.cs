using ResumeFlow.Core.Candidates;
using ResumeFlow.Workflows.Screening;

namespace ResumeFlow.Workflows.Api;

/// <summary>The body of <c>POST /api/screenings</c> on every front; <c>"blind": true</c> is short for <c>"options": {"blind": true}</c>.</summary>
public sealed record CreateScreeningBody(
    string? JobId,
    string? JobText,
    string? JobTitle,
    IReadOnlyList<string>? CandidateIds,
    bool? All,
    ScreeningOptions? Options,
    bool? Blind = null)
{
    /// <summary>Checks the body before anything is written and turns it into the service's request.</summary>
    public ScreeningRequest ToRequest()
    {
        if (All == false && CandidateIds is not { Count: > 0 })
        {
            throw new ApiException(new ApiError(400, ApiLimits.CandidatesRequired, "\"all\": false needs candidateIds; send \"all\": true to screen every candidate."));
        }

        if (CandidateIds?.Any(id => !CandidateId.IsValid(id)) == true)
        {
            throw new ApiException(new ApiError(400, ApiLimits.InvalidCandidateId, "Every candidate id is 64 lower-case hex characters (the SHA-256 of the file); null is not one."));
        }

        ApiLimits.CheckJobText(JobText);
        return new ScreeningRequest
        {
            JobId = JobId,
            JobText = JobText,
            JobTitle = JobTitle,
            CandidateIds = CandidateIds,
            AllCandidates = All ?? false,
            Options = Blind == true ? (Options ?? new ScreeningOptions()) with { Blind = true } : Options,
        };
    }
}
