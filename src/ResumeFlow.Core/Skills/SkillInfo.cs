namespace ResumeFlow.Core.Skills;

/// <summary>A canonical skill with its category and the other names it goes by.</summary>
public sealed record SkillInfo(string Name, string Category, IReadOnlyList<string> Aliases);
