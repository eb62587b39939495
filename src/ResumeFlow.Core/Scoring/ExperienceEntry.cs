namespace ResumeFlow.Core.Scoring;

/// <summary>One job in a CV: how long, until when, the title's terms and the terms of its description.</summary>
internal sealed record ExperienceEntry(
    int LineIndex,
    double Years,
    int? StartMonth,
    int? EndMonth,
    HashSet<string> TitleTerms,
    HashSet<string> ContextTerms)
{
    public int? EndYear => EndMonth is { } m ? (m - 1) / 12 : null;
}
