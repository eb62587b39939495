namespace ResumeFlow.Workflows.Batches;

/// <summary>
/// A candidate's row in the extraction-state index: which prompt version last extracted its profile by LLM
/// (null while only the deterministic profile exists) and when.
/// </summary>
internal sealed record ExtractionStateEntry
{
    public required string Id { get; init; }

    public string? PromptVersion { get; init; }

    public DateTimeOffset? ExtractedAt { get; init; }

    /// <summary>The batch job that extracted it.</summary>
    public string? JobId { get; init; }
}
