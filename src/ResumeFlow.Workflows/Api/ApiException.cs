namespace ResumeFlow.Workflows.Api;

/// <summary>Thrown by the shared request readers and validators; the fronts answer with its <see cref="ApiError"/>.</summary>
public sealed class ApiException(ApiError error) : Exception(error?.Message)
{
    public ApiError Error { get; } = error ?? throw new ArgumentNullException(nameof(error));
}
