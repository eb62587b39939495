namespace ResumeFlow.Core.Scoring;

/// <summary>
/// One job of the candidate's profile as the scorer reads it: how long, until when (months since year 0, end
/// exclusive), the terms of its title and employer, the terms of its description, and the CV line that shows it
/// (null when no line says more than the dates).
/// </summary>
internal sealed record ExperienceEntry(
    int? EvidenceLine,
    double Years,
    int? StartMonth,
    int? EndMonth,
    HashSet<string> TitleTerms,
    HashSet<string> ContextTerms)
{
    public int? EndYear => EndMonth is { } m ? (m - 1) / 12 : null;
}
