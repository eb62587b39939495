namespace ResumeFlow.Llm.Caching;

/// <summary>Identity of a cached result: a hash of everything sent (instructions, schema, shared context, the redacted untrusted content, limits), the model and the prompt version.</summary>
public sealed record LlmCacheKey(string InputHash, string Model, string PromptVersion);
