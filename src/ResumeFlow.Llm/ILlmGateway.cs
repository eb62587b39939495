namespace ResumeFlow.Llm;

/// <summary>
/// Sends one structured-output request to the configured chat model, paced against the deployment's
/// quota, retried, validated against the request's JSON schema, metered and cached.
/// </summary>
public interface ILlmGateway
{
    /// <summary>
    /// Completes <paramref name="request"/> and deserialises the JSON reply into <typeparamref name="T"/>
    /// (System.Text.Json web defaults, see <see cref="LlmJson.SerializerOptions"/>). Never throws for provider
    /// or output problems: those come back as a failed <see cref="LlmResult{T}"/> with a stable error code.
    /// Throws only for invalid arguments and cancellation.
    /// </summary>
    Task<LlmResult<T>> CompleteJsonAsync<T>(LlmRequest request, CancellationToken cancellationToken = default);
}
