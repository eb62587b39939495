namespace ResumeFlow.Llm;

/// <summary>Token counts as the provider reports them; <see cref="CachedInputTokens"/> is the part of <see cref="InputTokens"/> served from the prompt cache.</summary>
public sealed record LlmUsage(long InputTokens, long CachedInputTokens, long OutputTokens)
{
    public static LlmUsage Zero { get; } = new(0, 0, 0);

    public long TotalTokens => InputTokens + OutputTokens;

    public static LlmUsage operator +(LlmUsage left, LlmUsage right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new(left.InputTokens + right.InputTokens, left.CachedInputTokens + right.CachedInputTokens, left.OutputTokens + right.OutputTokens);
    }

    public static LlmUsage Add(LlmUsage left, LlmUsage right) => left + right;
}
