namespace ResumeFlow.Llm.Prompts;

public enum PromptRole
{
    System,
    User,
    Assistant,
}
