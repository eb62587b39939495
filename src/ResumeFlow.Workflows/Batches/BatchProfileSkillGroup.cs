namespace ResumeFlow.Workflows.Batches;

internal sealed record BatchProfileSkillGroup(string Kind, IReadOnlyList<string> Names);
