namespace ResumeFlow.Core.Profiles;

/// <summary>A canonical skill, how often the CV names it, and the last year it was used in a dated job (null when only listed).</summary>
public sealed record ProfileSkill(string Name, string? Category, int Mentions, int? LastUsedYear);
