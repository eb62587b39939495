using System.ComponentModel.DataAnnotations;

namespace ResumeFlow.Llm.Deployments;

/// <summary>
/// One deployment, <c>Llm:Deployments:{name}</c>: its own quota (a separate paced budget), optional prices and the
/// deployments it spills over to when saturated or failing. Unset quota values fall back to the top-level
/// <c>Llm</c> settings, so the single-deployment configuration keeps working unchanged.
/// </summary>
public sealed class LlmDeploymentOptions
{
    /// <summary>Model behind the deployment (sent as the model name to OpenAI-compatible endpoints; used for prices). Null = the deployment name.</summary>
    public string? Model { get; set; }

    [Range(1, 100_000_000)]
    public int? RequestsPerMinute { get; set; }

    [Range(1, 1_000_000_000)]
    public int? TokensPerMinute { get; set; }

    [Range(1, 10_000)]
    public int? MaxConcurrency { get; set; }

    /// <summary>Optional prices of this deployment, USD per 1M tokens; otherwise <c>Llm:Prices:{model}</c> applies.</summary>
    public LlmPrice? Price { get; set; }

    /// <summary>Deployments that take this one's requests, in order, while it is saturated or failing.</summary>
    public List<string> SpillOver { get; set; } = [];
}
