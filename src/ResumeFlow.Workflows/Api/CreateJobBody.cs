namespace ResumeFlow.Workflows.Api;

/// <summary>The body of <c>POST /api/jobs</c> on every front.</summary>
public sealed record CreateJobBody(string? Text, string? Title);
