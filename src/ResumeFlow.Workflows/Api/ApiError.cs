namespace ResumeFlow.Workflows.Api;

/// <summary>
/// A refused request as every front answers it: an HTTP status and a stable code, sent as
/// <c>{"error":{"code","message"}}</c>. The local host and the Functions app both map through this,
/// so the two fronts cannot disagree.
/// </summary>
public sealed record ApiError(int Status, string Code, string Message)
{
    /// <summary>The JSON body: <c>{"error":{"code","message"}}</c>.</summary>
    public ApiErrorBody ToBody() => new(new ApiErrorDetail(Code, Message));
}

public sealed record ApiErrorBody(ApiErrorDetail Error);

/// <summary>The <c>error</c> object; a 500 carries the trace id to quote when reporting it.</summary>
public sealed record ApiErrorDetail(
    string Code,
    string Message,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] string? TraceId = null);
