namespace ResumeFlow.Workflows.Screening;

/// <summary>The one field of a stored job profile the report needs (read without loading the whole profile type).</summary>
internal sealed record ScreeningJobTitle(string? Title);
