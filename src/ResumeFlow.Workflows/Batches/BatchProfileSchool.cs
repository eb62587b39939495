namespace ResumeFlow.Workflows.Batches;

internal sealed record BatchProfileSchool(string? Degree, string? Field, string? Institution, string? Start, string? End);
