namespace ResumeFlow.Workflows.Analysis;

/// <summary>A job requirement the section meets, with the CV line that shows it.</summary>
public sealed record RequirementMatch(string Requirement, string Evidence);
