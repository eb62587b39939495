using System.ComponentModel.DataAnnotations;

namespace ResumeFlow.Llm.Batches;

/// <summary>Settings of the Batch API path, section <c>Batch</c>; the endpoint and key are the chat path's (<see cref="LlmOptions"/>).</summary>
public sealed class BatchOptions
{
    public const string SectionName = "Batch";

    /// <summary>Batch deployment (Azure global batch) or model; null uses <see cref="LlmOptions.Deployment"/>.</summary>
    public string? Deployment { get; set; }

    /// <summary>Completion window asked of the provider (the only one offered today is 24h).</summary>
    [Required]
    public string CompletionWindow { get; set; } = "24h";

    /// <summary>Overrides the provider's requests-per-file limit (<see cref="BatchProviderLimits"/>), e.g. to test splitting.</summary>
    [Range(1, 1_000_000)]
    public int? MaxRequestsPerFile { get; set; }

    /// <summary>Overrides the provider's bytes-per-file limit.</summary>
    [Range(1024, 1L << 34)]
    public long? MaxBytesPerFile { get; set; }

    /// <summary>Context window of the batch model in tokens; a CV that would not fit is truncated, never the instructions.</summary>
    [Range(1024, 10_000_000)]
    public int ContextTokens { get; set; } = 128_000;

    /// <summary>How often the orchestration checks a batch's status (a durable timer).</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How many times a failed or expired line is resubmitted before it is reported as failed.</summary>
    [Range(0, 10)]
    public int MaxResubmissions { get; set; } = 2;

    /// <summary>Candidates per batch job (one job may still need several files).</summary>
    [Range(1, 1_000_000)]
    public int BatchSize { get; set; } = 50_000;

    /// <summary>Batch pages searched when looking a batch up by its job id before creating one.</summary>
    [Range(1, 10_000)]
    public int MaxLookupPages { get; set; } = 50;
}
