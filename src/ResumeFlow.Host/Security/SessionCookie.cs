using Microsoft.AspNetCore.DataProtection;

namespace ResumeFlow.Host.Security;

/// <summary>
/// The web app's session: the login form exchanges the host key for this HttpOnly, SameSite=Strict
/// cookie, so the browser never holds the key where script, URLs or logs could see it. The value is
/// a time-limited token protected with ASP.NET Data Protection (keys in the private data folder) that carries a
/// random session id; signing out revokes the id (<see cref="SessionRevocations"/>), so a copy of the cookie is
/// refused from then on, not only once it expires.
/// </summary>
internal sealed class SessionCookie(IDataProtectionProvider dataProtection, SessionRevocations revocations, TimeProvider time)
{
    public const string Name = "resumeflow_session";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);

    // The payload is this prefix and the session id; a token without an id (issued before revocation existed) is refused.
    private const string PayloadPrefix = "resumeflow-session:";

    private readonly ITimeLimitedDataProtector _protector = dataProtection.CreateProtector("ResumeFlow.Host.Session.v1").ToTimeLimitedDataProtector();

    public void Issue(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var sessionId = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        var token = _protector.Protect(PayloadPrefix + sessionId, time.GetUtcNow() + Lifetime);
        context.Response.Cookies.Append(Name, token, Options(context));
    }

    /// <summary>Revokes the request's session (when it has a valid one) and deletes the cookie.</summary>
    public async Task EndAsync(HttpContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Read(context.Request) is { } session)
        {
            await revocations.RevokeAsync(session.Id, session.Expiry, cancellationToken).ConfigureAwait(false);
        }

        context.Response.Cookies.Delete(Name, Options(context));
    }

    public bool IsValid(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Read(request) is { } session && !revocations.IsRevoked(session.Id);
    }

    private (string Id, DateTimeOffset Expiry)? Read(HttpRequest request)
    {
        if (!request.Cookies.TryGetValue(Name, out var token) || string.IsNullOrEmpty(token))
        {
            return null;
        }

        try
        {
            var payload = _protector.Unprotect(token, out var expiry);
            return payload.StartsWith(PayloadPrefix, StringComparison.Ordinal) && payload.Length > PayloadPrefix.Length && expiry > time.GetUtcNow()
                ? (payload[PayloadPrefix.Length..], expiry)
                : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            // Forged, expired or from another key ring.
            return null;
        }
    }

    private static CookieOptions Options(HttpContext context) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Strict,
        Secure = context.Request.IsHttps,
        Path = "/",
        IsEssential = true,
        MaxAge = Lifetime,
    };
}
