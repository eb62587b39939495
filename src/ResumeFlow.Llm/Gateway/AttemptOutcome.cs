namespace ResumeFlow.Llm.Gateway;

/// <summary>What one attempt (after any 429 waits) produced: a reply, a transient failure worth retrying, or a final error.</summary>
internal sealed record AttemptOutcome(string? Content, string? FinishReason, LlmUsage Usage, bool Transient, string? ErrorCode, string? ErrorMessage)
{
    public bool Completed => Content is not null && ErrorCode is null;

    public static AttemptOutcome Reply(string content, string? finishReason, LlmUsage usage) => new(content, finishReason, usage, false, null, null);

    public static AttemptOutcome Retryable(string reason) => new(null, null, LlmUsage.Zero, true, LlmErrorCodes.ProviderUnavailable, reason);

    public static AttemptOutcome Final(string code, string message, LlmUsage? usage = null) => new(null, null, usage ?? LlmUsage.Zero, false, code, message);
}
