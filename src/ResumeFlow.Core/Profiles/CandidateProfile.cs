namespace ResumeFlow.Core.Profiles;

/// <summary>
/// The structured profile of one CV, built deterministically from its text (or by an LLM and
/// validated against that). Dates are "YYYY-MM"; an open end (present, heute, actuel…) is a null
/// <see cref="WorkExperience.End"/> with <see cref="WorkExperience.IsCurrent"/> set.
/// </summary>
public sealed record CandidateProfile
{
    /// <summary>The candidate's name when the first lines show one.</summary>
    public string? Name { get; init; }

    public ContactDetails Contacts { get; init; } = ContactDetails.Empty;

    /// <summary>The summary/profile section's text, when there is one.</summary>
    public string? Summary { get; init; }

    public IReadOnlyList<WorkExperience> WorkHistory { get; init; } = [];

    public IReadOnlyList<EducationEntry> Education { get; init; } = [];

    /// <summary>Canonical skills (through the skills lexicon), most mentioned first.</summary>
    public IReadOnlyList<ProfileSkill> Skills { get; init; } = [];

    /// <summary>Spoken languages, English names ("German", not "Deutsch"), with a level when stated.</summary>
    public IReadOnlyList<LanguageSkill> Languages { get; init; } = [];

    public IReadOnlyList<string> Certifications { get; init; } = [];

    /// <summary>Months of work with overlapping jobs counted once.</summary>
    public int TotalMonthsExperience { get; init; }

    /// <summary><see cref="TotalMonthsExperience"/> in years, one decimal.</summary>
    public double TotalYearsExperience { get; init; }

    /// <summary>The month the open ends ("present") were measured to, "YYYY-MM".</summary>
    public string? AsOf { get; init; }

    /// <summary>How the profile was made: "deterministic" or "llm".</summary>
    public string Source { get; init; } = ProfileSources.Deterministic;
}
