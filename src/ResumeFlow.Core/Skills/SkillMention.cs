namespace ResumeFlow.Core.Skills;

/// <summary>A place in a text where a skill is named: the canonical name, the words as written, and where.</summary>
public sealed record SkillMention(string Skill, string MatchedText, int Index);
