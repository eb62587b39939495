namespace ResumeFlow.Workflows.Batches;

internal sealed record BatchProfilePosition(string? Title, string? Company, string? Location, string? Start, string? End);
