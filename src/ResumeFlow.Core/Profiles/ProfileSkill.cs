namespace ResumeFlow.Core.Profiles;

/// <summary>
/// A canonical skill, how often the CV names it, the last year it was used in a dated job (null when only listed),
/// and the CV line that shows it (verbatim; null when the profile came from somewhere that does not keep lines).
/// </summary>
public sealed record ProfileSkill(string Name, string? Category, int Mentions, int? LastUsedYear, string? Line = null);
