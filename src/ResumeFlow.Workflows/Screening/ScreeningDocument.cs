using System.Text.Json.Serialization;

namespace ResumeFlow.Workflows.Screening;

/// <summary>The screening itself in <c>screenings</c> (id <c>screening</c>, partition = screening id): what was asked and how it ended.</summary>
public sealed record ScreeningDocument
{
    [JsonPropertyName("id")]
    public string Id { get; init; } = ScreeningDocumentKinds.ScreeningDocumentId;

    [JsonPropertyName("screeningId")]
    public string ScreeningId { get; init; } = string.Empty;

    [JsonPropertyName("kind")]
    public string Kind { get; init; } = ScreeningDocumentKinds.Screening;

    public string JobId { get; init; } = string.Empty;

    public string? JobTitle { get; init; }

    public ScreeningOptions Options { get; init; } = new();

    public int Total { get; init; }

    public int Scored { get; init; }

    public int Failed { get; init; }

    public int Passed { get; init; }

    public int LlmScored { get; init; }

    public long InputTokens { get; init; }

    public long OutputTokens { get; init; }

    public decimal? CostUsd { get; init; } = 0m;

    /// <summary>How many retry runs of failed candidates have completed.</summary>
    public int Retries { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset CompletedAt { get; init; }

    public ScreeningReportLocations? Reports { get; init; }

    /// <summary>Why the report changed after the run (e.g. a candidate erased on request), oldest first.</summary>
    public IReadOnlyList<string> Amendments { get; init; } = [];
}
