namespace ResumeFlow.Core.Jobs;

/// <summary>
/// What a job description asks for, as analysed once per screening. <see cref="Id"/> is the SHA-256 of the
/// normalised job text, so the same description always yields the same id (and cache keys).
/// </summary>
public sealed record JobProfile(
    string Id,
    string Title,
    IReadOnlyList<string> MustHaveSkills,
    IReadOnlyList<string> NiceToHaveSkills,
    IReadOnlyList<SkillRequirement> Requirements,
    double? MinimumYears,
    IReadOnlyList<ExperienceRequirement> ExperienceRequirements,
    EducationLevel EducationLevel,
    string? Location,
    bool? Remote,
    IReadOnlyList<string> Keywords,
    string Text)
{
    public const string DeterministicAnalysis = "deterministic";
    public const string LlmAnalysis = "llm";

    /// <summary>Who analysed the job: <see cref="DeterministicAnalysis"/>, or <see cref="LlmAnalysis"/> once an LLM improved it (never analysed again).</summary>
    public string Analysis { get; init; } = DeterministicAnalysis;
}
