using ResumeFlow.Host.Security;

namespace ResumeFlow.Host.Management;

/// <summary>
/// Durable Functions' check-status payload (<c>HttpManagementPayload</c>): where to poll, and where
/// to raise events, terminate, purge, suspend and resume the instance. Write URLs need the API key
/// (header <c>x-functions-key</c> or query <c>code</c>); it is never echoed into these URLs.
/// </summary>
public sealed record HttpManagementPayload(
    string Id,
    string StatusQueryGetUri,
    string SendEventPostUri,
    string TerminatePostUri,
    string PurgeHistoryDeleteUri,
    string SuspendPostUri,
    string ResumePostUri)
{
    /// <summary>The route prefix of Durable's built-in HTTP API.</summary>
    public const string RoutePrefix = "/runtime/webhooks/durabletask";

    /// <summary>Builds the URLs from the configured public base URL (never the request's Host header) and the path base.</summary>
    public static HttpManagementPayload Create(HttpRequest request, string instanceId)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        var instance = $"{PublicBaseUrl.Of(request.HttpContext)}{request.PathBase}{RoutePrefix}/instances/{Uri.EscapeDataString(instanceId)}";
        return new HttpManagementPayload(
            instanceId,
            instance,
            instance + "/raiseEvent/{eventName}",
            instance + "/terminate?reason={text}",
            instance,
            instance + "/suspend?reason={text}",
            instance + "/resume?reason={text}");
    }
}
