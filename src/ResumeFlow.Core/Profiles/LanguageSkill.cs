namespace ResumeFlow.Core.Profiles;

/// <summary>A spoken language (English name) and its level as written (e.g. "C1", "native", "fluent").</summary>
public sealed record LanguageSkill(string Name, string? Level);
