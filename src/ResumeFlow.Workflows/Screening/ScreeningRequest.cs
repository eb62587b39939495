namespace ResumeFlow.Workflows.Screening;

/// <summary>
/// A request to screen candidates against a job: either <see cref="JobId"/> (an analysed job) or
/// <see cref="JobText"/> (analysed and stored first); <see cref="CandidateIds"/> null or empty-and-
/// <see cref="AllCandidates"/> means every ingested candidate.
/// </summary>
public sealed record ScreeningRequest
{
    public string? JobId { get; init; }

    public string? JobText { get; init; }

    /// <summary>A title for <see cref="JobText"/> when its first line is not one (e.g. the file name).</summary>
    public string? JobTitle { get; init; }

    public IReadOnlyList<string>? CandidateIds { get; init; }

    public bool AllCandidates { get; init; }

    public ScreeningOptions? Options { get; init; }

    /// <summary>Who asked (a user name or token subject), for the audit trail; null when unknown.</summary>
    public string? RequestedBy { get; init; }
}
