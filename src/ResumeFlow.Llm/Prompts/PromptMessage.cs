namespace ResumeFlow.Llm.Prompts;

public sealed record PromptMessage(PromptRole Role, string Content);
