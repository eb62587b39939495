using System.ComponentModel.DataAnnotations;

namespace ResumeFlow.Workflows.Scoring;

/// <summary>
/// How the LLM scorer runs (configuration section <c>Scoring:Llm</c>): model, output budget, the default
/// pre-filter (only the deterministic top K, or only at or above a deterministic score), and the per-candidate
/// cost used to report what the pre-filter saved when no measured cost is available yet.
/// </summary>
public sealed class LlmScoringOptions
{
    public const string SectionName = "Scoring:Llm";

    /// <summary>Deployment or model; null uses the gateway's default (<c>Llm:Deployment</c>).</summary>
    public string? Model { get; set; }

    [Range(200, 16_000)]
    public int MaxOutputTokens { get; set; } = 900;

    [Range(0, 2)]
    public float Temperature { get; set; }

    /// <summary>Pre-filter: only the best K candidates by deterministic score are sent to the LLM; null = no limit.</summary>
    [Range(0, int.MaxValue)]
    public int? TopK { get; set; } = 20;

    /// <summary>Pre-filter: only candidates at or above this deterministic score are sent; null = no floor.</summary>
    [Range(0, 100)]
    public double? MinDeterministicScore { get; set; }

    /// <summary>When the LLM call fails, return the deterministic score (flagged) instead of a failed result.</summary>
    public bool FallBackToDeterministic { get; set; } = true;

    /// <summary>Expected output tokens per answer, for cost estimates (the answer is usually well under the budget).</summary>
    [Range(1, 16_000)]
    public int EstimatedOutputTokens { get; set; } = 450;

    /// <summary>
    /// Also read each job with the LLM (structured output, validated against the job text; the
    /// deterministic analysis is the fallback). Off by default: one more paid call per job.
    /// </summary>
    public bool AnalyzeJobs { get; set; }
}
