using ResumeFlow.Workflows.Screening;

namespace ResumeFlow.Workflows.Api;

/// <summary>The body of <c>POST /api/screenings</c> on every front.</summary>
public sealed record CreateScreeningBody(
    string? JobId,
    string? JobText,
    string? JobTitle,
    IReadOnlyList<string>? CandidateIds,
    bool? All,
    ScreeningOptions? Options)
{
    /// <summary>Checks the body before anything is written and turns it into the service's request.</summary>
    public ScreeningRequest ToRequest()
    {
        if (CandidateIds is { } ids && ids.Any(string.IsNullOrWhiteSpace))
        {
            throw new ApiException(new ApiError(400, ScreeningErrorCodes.InvalidRequest, "candidateIds must not contain null or empty ids."));
        }

        if (All == false && CandidateIds is null)
        {
            throw new ApiException(new ApiError(400, ScreeningErrorCodes.InvalidRequest, "\"all\": false needs candidateIds; send the ids to screen, or \"all\": true."));
        }

        return new ScreeningRequest
        {
            JobId = JobId,
            JobText = JobText,
            JobTitle = JobTitle,
            CandidateIds = CandidateIds,
            AllCandidates = All ?? false,
            Options = Options,
        };
    }
}
