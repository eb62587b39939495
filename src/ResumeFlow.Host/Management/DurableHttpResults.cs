namespace ResumeFlow.Host.Management;

/// <summary>HTTP answers in Durable Functions' shapes, for HTTP starters (<c>CreateCheckStatusResponse</c>).</summary>
public static class DurableHttpResults
{
    /// <summary>
    /// 202 Accepted with <c>Location</c> = the status query URL and the body
    /// <c>{id, statusQueryGetUri, sendEventPostUri, terminatePostUri, purgeHistoryDeleteUri, suspendPostUri, resumePostUri}</c>.
    /// </summary>
    public static IResult CheckStatus(HttpRequest request, string instanceId)
    {
        var payload = HttpManagementPayload.Create(request, instanceId);
        return new AcceptedWithPayloadResult(payload.StatusQueryGetUri, payload, retryAfterSeconds: null);
    }
}
