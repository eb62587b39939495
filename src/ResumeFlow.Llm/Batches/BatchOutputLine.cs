namespace ResumeFlow.Llm.Batches;

/// <summary>
/// One line of a batch's output or error file: the reply content of a successful line, or the error code of a
/// failed one (<see cref="BatchErrorCodes.Expired"/> for lines the provider never ran), with its usage.
/// </summary>
public sealed record BatchOutputLine(string CustomId, string? Content, LlmUsage Usage, string? ErrorCode, string? FinishReason = null)
{
    public bool Succeeded => ErrorCode is null && Content is not null;
}
