namespace ResumeFlow.Core.Scoring;

/// <summary>The terms and canonical skills of a CV's skills section: what the candidate claims explicitly.</summary>
internal sealed record ListedSkills(HashSet<string> Terms, HashSet<string> Skills);
