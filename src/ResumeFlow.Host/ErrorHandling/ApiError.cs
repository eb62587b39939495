using System.Text.Json.Serialization;

namespace ResumeFlow.Host.ErrorHandling;

/// <summary>The <c>error</c> member of every non-2xx answer: a stable code, a message, and the trace id of 5xx.</summary>
public sealed record ApiError(
    string Code,
    string Message,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? TraceId = null);
