namespace ResumeFlow.Workflows.Calls;

/// <summary>Error codes of a call's analysis beyond the gateway's own (<c>LlmErrorCodes</c>).</summary>
public static class CallErrorCodes
{
    /// <summary>The model answered, but not in the reply's shape.</summary>
    public const string EmptyAnswer = "llm_empty_answer";

    /// <summary>The analysis activity itself failed after its retries (storage, not the model); no result was stored.</summary>
    public const string ActivityFailed = "call_activity_failed";

    /// <summary>No LLM is configured: metrics only.</summary>
    public const string LlmNotConfigured = "llm_not_configured";
}
