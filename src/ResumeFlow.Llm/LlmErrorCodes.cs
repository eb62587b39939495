namespace ResumeFlow.Llm;

/// <summary>Stable error codes of failed <see cref="LlmResult{T}"/>s.</summary>
public static class LlmErrorCodes
{
    /// <summary>No LLM endpoint is configured (<see cref="LlmOptions.IsConfigured"/> is false).</summary>
    public const string NotConfigured = "llm_not_configured";

    /// <summary>The reply was not parsable JSON, also after the repair attempt.</summary>
    public const string InvalidJson = "invalid_json";

    /// <summary>The reply was JSON but did not conform to the schema, also after the repair attempt.</summary>
    public const string SchemaMismatch = "schema_mismatch";

    /// <summary>The reply was cut at the output token limit.</summary>
    public const string Truncated = "output_truncated";

    /// <summary>The provider kept failing (5xx, 429, timeouts) until the retry budget ran out.</summary>
    public const string ProviderUnavailable = "provider_unavailable";

    /// <summary>The provider's content filter rejected the prompt or the reply.</summary>
    public const string ContentFiltered = "content_filtered";

    /// <summary>The provider rejected the request as invalid (4xx other than 408/429); retrying cannot help.</summary>
    public const string BadRequest = "bad_request";

    /// <summary>Authentication or authorisation failed (401/403).</summary>
    public const string Unauthorized = "unauthorized";
}
