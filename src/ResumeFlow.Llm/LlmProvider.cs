namespace ResumeFlow.Llm;

/// <summary>Wire protocol of the configured endpoint.</summary>
public enum LlmProvider
{
    /// <summary>Azure OpenAI: <c>{endpoint}/openai/deployments/{deployment}/chat/completions</c>; API key or Entra ID.</summary>
    AzureOpenAI,

    /// <summary>Any OpenAI-compatible base URL (OpenAI, a local server): <c>{endpoint}/chat/completions</c>.</summary>
    OpenAICompatible,
}
