namespace ResumeFlow.Core.Skills;

/// <summary>
/// A canonical skill with its category, the other names it goes by, and its close equivalents (skills that do the
/// same job: MySQL for PostgreSQL, GitHub Actions for Azure DevOps), which can stand in for it in a requirement.
/// A generic skill ("Software Development") names a whole field: it describes experience, it is not a skill to check.
/// </summary>
public sealed record SkillInfo(string Name, string Category, IReadOnlyList<string> Aliases, IReadOnlyList<string>? Related = null, bool Generic = false);
