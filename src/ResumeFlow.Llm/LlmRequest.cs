namespace ResumeFlow.Llm;

/// <summary>
/// One structured-output request. The prompt is laid out fixed part first (instructions, then
/// <see cref="SharedContext"/>), identical across items so provider prompt caching applies, and
/// <see cref="UntrustedContent"/> last, delimited and declared untrusted.
/// </summary>
public sealed record LlmRequest
{
    /// <summary>Identifies the item (e.g. candidate id); sent as the <c>x-resumeflow-item</c> header and used in logs.</summary>
    public required string ItemKey { get; init; }

    /// <summary>Instructions and rubric: the fixed system part of the prompt.</summary>
    public required string Instructions { get; init; }

    /// <summary>JSON schema the reply must conform to (OpenAI structured outputs, strict subset).</summary>
    public required string JsonSchema { get; init; }

    /// <summary>Schema name sent with the response format (letters, digits, '_' and '-').</summary>
    public required string SchemaName { get; init; }

    /// <summary>Prompt version; part of the cache key so a prompt change never serves stale results.</summary>
    public string PromptVersion { get; init; } = "v1";

    /// <summary>Deployment (Azure) or model (OpenAI-compatible); null uses <see cref="LlmOptions.Deployment"/>.</summary>
    public string? Model { get; init; }

    /// <summary>Task name (e.g. <c>analysis.skills</c>); with no <see cref="Model"/>, <c>Llm:Tasks:{task}</c> chooses the deployment.</summary>
    public string? Task { get; init; }

    /// <summary>Context shared by every item of a run (e.g. the job description); placed before the untrusted content.</summary>
    public string? SharedContext { get; init; }

    /// <summary>The per-item document (e.g. the CV), placed last and delimited as untrusted data; redacted when <see cref="LlmOptions.RedactPii"/> is on.</summary>
    public string? UntrustedContent { get; init; }

    /// <summary>Upper bound of output tokens; also counted against the tokens-per-minute budget, as providers do.</summary>
    public int MaxOutputTokens { get; init; } = 800;

    public float? Temperature { get; init; }

    /// <summary>Metering scope (e.g. the screening id): cost totals are kept per scope as well as per model.</summary>
    public string? Scope { get; init; }

    /// <summary>False bypasses the result cache for this request (neither read nor written).</summary>
    public bool UseCache { get; init; } = true;
}
