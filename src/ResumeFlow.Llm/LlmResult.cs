namespace ResumeFlow.Llm;

/// <summary>The outcome of one <see cref="ILlmGateway.CompleteJsonAsync{T}"/> call.</summary>
public sealed record LlmResult<T>
{
    public T? Value { get; init; }

    public bool Success { get; init; }

    /// <summary>A stable snake_case code from <see cref="LlmErrorCodes"/> when <see cref="Success"/> is false.</summary>
    public string? ErrorCode { get; init; }

    public string? ErrorMessage { get; init; }

    /// <summary>The reply as received (valid JSON when <see cref="Success"/> is true).</summary>
    public string? Json { get; init; }

    /// <summary>Tokens paid for this item, summed over attempts (zero on a cache hit).</summary>
    public LlmUsage Usage { get; init; } = LlmUsage.Zero;

    /// <summary>USD paid for this item; null when the model's price is unknown (never a misleading 0).</summary>
    public decimal? CostUsd { get; init; } = 0m;

    public bool FromCache { get; init; }

    /// <summary>HTTP attempts made (0 on a cache hit), including retries and the repair attempt.</summary>
    public int Attempts { get; init; }

    /// <summary>The deployment or model that answered (another than requested when the request spilled over).</summary>
    public string Model { get; init; } = "";

    /// <summary>The provider's completion id of the reply used (null on a cache hit or failure); kept in the audit trail.</summary>
    public string? RequestId { get; init; }

    /// <summary>The deployment the request asked for (its own, its task's, or the default).</summary>
    public string RequestedModel { get; init; } = "";

    /// <summary>True when a deployment other than <see cref="RequestedModel"/> answered.</summary>
    public bool SpilledOver => RequestedModel.Length > 0 && Model.Length > 0 && !string.Equals(Model, RequestedModel, StringComparison.Ordinal);

    public static LlmResult<T> Failed(string errorCode, string message, string model, int attempts, LlmUsage usage, decimal? costUsd, string? json = null) => new()
    {
        Success = false,
        ErrorCode = errorCode,
        ErrorMessage = message,
        Model = model,
        Attempts = attempts,
        Usage = usage,
        CostUsd = costUsd,
        Json = json,
    };
}
