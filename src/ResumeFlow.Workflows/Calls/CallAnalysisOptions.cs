using System.ComponentModel.DataAnnotations;

namespace ResumeFlow.Workflows.Calls;

/// <summary>How calls are analysed (configuration section <c>Calls</c>).</summary>
public sealed class CallAnalysisOptions
{
    public const string SectionName = "Calls";

    /// <summary>Deployment or model; null uses the gateway's default (<c>Llm:Deployment</c>).</summary>
    public string? Model { get; set; }

    [Range(200, 16_000)]
    public int MaxOutputTokens { get; set; } = 900;

    [Range(0, 2)]
    public float Temperature { get; set; }

    /// <summary>Calls per sub-orchestration; a run with no more calls than this fans out without sub-orchestrations.</summary>
    [Range(1, 1000)]
    public int ChunkSize { get; set; } = 50;

    /// <summary>False bypasses the LLM result cache (benchmarks measure real calls).</summary>
    public bool UseResultCache { get; set; } = true;
}
