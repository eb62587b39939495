namespace ResumeFlow.Llm.Batches;

/// <summary>Turns structured-output requests into Batch API JSONL files within the provider's limits.</summary>
public interface IBatchFileBuilder
{
    /// <summary>The model (or Azure batch deployment) every line names.</summary>
    string Model { get; }

    /// <summary>
    /// One JSONL file per provider limit (requests or bytes, whichever comes first); each request's
    /// <see cref="LlmRequest.ItemKey"/> is its custom_id. Untrusted content that would overflow the model's
    /// context is truncated with a note; the instructions never are.
    /// </summary>
    IReadOnlyList<BatchFilePart> Build(IEnumerable<LlmRequest> requests);
}
