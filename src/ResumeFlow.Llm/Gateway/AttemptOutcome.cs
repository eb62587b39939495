namespace ResumeFlow.Llm.Gateway;

/// <summary>What one attempt (after any 429 waits) produced: a reply, a transient failure worth retrying, or a final error.</summary>
internal sealed record AttemptOutcome(string? Content, string? FinishReason, LlmUsage Usage, bool Transient, string? ErrorCode, string? ErrorMessage)
{
    /// <summary>The provider's id of the completion that answered (for the audit trail).</summary>
    public string? RequestId { get; init; }

    public bool Completed => Content is not null && ErrorCode is null;

    public static AttemptOutcome Reply(string content, string? finishReason, LlmUsage usage, string? requestId) => new(content, finishReason, usage, false, null, null) { RequestId = requestId };

    public static AttemptOutcome Retryable(string reason) => new(null, null, LlmUsage.Zero, true, LlmErrorCodes.ProviderUnavailable, reason);

    public static AttemptOutcome Final(string code, string message, LlmUsage? usage = null) => new(null, null, usage ?? LlmUsage.Zero, false, code, message);
}
