using ResumeFlow.Workflows.Audit;

namespace ResumeFlow.Host.Security;

/// <summary>Who a request comes from, for the audit trail: the Entra token's user, else the shared key (no person known).</summary>
internal static class RequestActor
{
    public static string Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var user = context.User;
        return user.FindFirst("preferred_username")?.Value
            ?? user.FindFirst("upn")?.Value
            ?? user.FindFirst("sub")?.Value
            ?? AuditActors.ApiKey;
    }
}
