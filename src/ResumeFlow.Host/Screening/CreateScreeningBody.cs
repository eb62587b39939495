using ResumeFlow.Workflows.Screening;

namespace ResumeFlow.Host.Screening;

/// <summary>Body of <c>POST /api/screenings</c>: a job (id or text), candidates (ids or all) and options.</summary>
internal sealed record CreateScreeningBody(
    string? JobId,
    string? JobText,
    string? JobTitle,
    IReadOnlyList<string>? CandidateIds,
    bool? All,
    ScreeningOptions? Options);

/// <summary>Body of <c>POST /api/jobs</c>.</summary>
internal sealed record CreateJobBody(string? Text, string? Title);
