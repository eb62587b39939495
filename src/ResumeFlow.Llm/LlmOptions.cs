using System.ComponentModel.DataAnnotations;
using ResumeFlow.Llm.Deployments;

namespace ResumeFlow.Llm;

/// <summary>Settings of the LLM gateway, section <c>Llm</c>. With no <see cref="Endpoint"/> no LLM is configured.</summary>
public sealed class LlmOptions
{
    public const string SectionName = "Llm";

    public LlmProvider Provider { get; set; } = LlmProvider.AzureOpenAI;

    /// <summary>Azure: <c>https://{resource}.openai.azure.com/</c>; OpenAI-compatible: the base URL ending before <c>/chat/completions</c> (e.g. <c>https://api.openai.com/v1</c>).</summary>
    public string? Endpoint { get; set; }

    /// <summary>API key. When absent, Azure endpoints use Entra ID (DefaultAzureCredential). Never logged.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Default deployment (Azure) or model name (OpenAI-compatible); the quota settings below are its own and every other deployment's defaults.</summary>
    [Required]
    public string Deployment { get; set; } = "gpt-4o-mini";

    /// <summary>Requests-per-minute quota of the deployment.</summary>
    [Range(1, 100_000_000)]
    public int RequestsPerMinute { get; set; } = 300;

    /// <summary>Tokens-per-minute quota of the deployment (prompt tokens + max output tokens per request, as providers count).</summary>
    [Range(1, 1_000_000_000)]
    public int TokensPerMinute { get; set; } = 50_000;

    /// <summary>Interval over which the provider evaluates the quota (Azure: 10 s for RPM); the pacer never exceeds quota × window / 1 min in any such window.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan QuotaWindow { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Fraction of the quota the pacer plans to use, leaving headroom for clock and network jitter.</summary>
    [Range(0.1, 1.0)]
    public double QuotaUtilization { get; set; } = 0.98;

    /// <summary>Cap on requests in flight at once (the seeds' concurrency limit).</summary>
    [Range(1, 10_000)]
    public int MaxConcurrency { get; set; } = 64;

    /// <summary>Retries per item after the first attempt for 408, 429, 5xx and timeouts.</summary>
    [Range(0, 100)]
    public int MaxRetries { get; set; } = 8;

    /// <summary>First backoff delay; doubled per retry with jitter, capped by <see cref="MaxRetryDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Time limit of one HTTP attempt.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Consecutive failed attempts (5xx, timeouts) after which the whole pipeline pauses for <see cref="BreakDuration"/>.</summary>
    [Range(1, 10_000)]
    public int BreakerFailureThreshold { get; set; } = 10;

    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Redact names, emails, phones, street addresses and profile links from <see cref="LlmRequest.UntrustedContent"/> before sending.</summary>
    public bool RedactPii { get; set; }

    public bool CacheEnabled { get; set; } = true;

    /// <summary>Folder of the file-backed result cache; null keeps the cache in memory for the process lifetime.</summary>
    public string? CacheDirectory { get; set; }

    /// <summary>Deployments by name, each with its own paced quota and spill-over list (<c>Llm:Deployments:{name}</c>). A deployment not listed gets the top-level quota.</summary>
    public Dictionary<string, LlmDeploymentOptions> Deployments { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Deployment per task name (<c>Llm:Tasks:{task}</c>), used for requests that name a <see cref="LlmRequest.Task"/> but no model.</summary>
    public Dictionary<string, string> Tasks { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A deployment whose next admission is further away than this counts as saturated and its requests spill over (when it lists spill-over deployments).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan SpillOverAfter { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Prices per model (or deployment) name, USD per 1M tokens.</summary>
    public Dictionary<string, LlmPrice> Prices { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>True when an endpoint is set; the CLI's default run has none and uses deterministic paths only.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Endpoint);
}
