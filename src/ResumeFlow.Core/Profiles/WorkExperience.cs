namespace ResumeFlow.Core.Profiles;

/// <summary>One job: what is known of title, employer and place, and its dates as "YYYY-MM".</summary>
/// <param name="Title">The job title, when recognisable.</param>
/// <param name="Company">The employer, when recognisable.</param>
/// <param name="Location">The place, when stated ("Berlin", "Austin, TX", "Remote").</param>
/// <param name="Start">First month, "YYYY-MM".</param>
/// <param name="End">Last month, "YYYY-MM"; null when <paramref name="IsCurrent"/>.</param>
/// <param name="IsCurrent">The range ends in present/current/heute/actuel/actual….</param>
/// <param name="Months">Duration in months (an open end counts to the profile's as-of month).</param>
/// <param name="DateText">The dates as written.</param>
/// <param name="Description">The lines describing the job.</param>
public sealed record WorkExperience(
    string? Title,
    string? Company,
    string? Location,
    string? Start,
    string? End,
    bool IsCurrent,
    int? Months,
    string? DateText = null,
    string? Description = null);
