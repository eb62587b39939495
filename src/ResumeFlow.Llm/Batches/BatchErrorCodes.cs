namespace ResumeFlow.Llm.Batches;

/// <summary>Stable error codes of the Batch API path.</summary>
public static class BatchErrorCodes
{
    /// <summary>A single line is larger than a whole file may be.</summary>
    public const string LineTooLarge = "batch_line_too_large";

    /// <summary>The provider answered with something that is not a batch or file object.</summary>
    public const string UnexpectedResponse = "batch_unexpected_response";

    /// <summary>An output line is not JSON, has no content, or does not match the schema.</summary>
    public const string InvalidLine = "batch_invalid_line";

    /// <summary>The provider did not run the line before the completion window expired.</summary>
    public const string Expired = "batch_expired";
}
