using Microsoft.AspNetCore.DataProtection;

namespace ResumeFlow.Host.Security;

/// <summary>
/// The web app's session: the login form exchanges the host key for this HttpOnly, SameSite=Strict
/// cookie, so the browser never holds the key where script, URLs or logs could see it. The value is
/// a time-limited token protected with ASP.NET Data Protection (keys in the private data folder).
/// </summary>
internal sealed class SessionCookie(IDataProtectionProvider dataProtection, TimeProvider time)
{
    public const string Name = "resumeflow_session";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);

    private const string Payload = "resumeflow-session";

    private readonly ITimeLimitedDataProtector _protector = dataProtection.CreateProtector("ResumeFlow.Host.Session.v1").ToTimeLimitedDataProtector();

    public void Issue(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var token = _protector.Protect(Payload, time.GetUtcNow() + Lifetime);
        context.Response.Cookies.Append(Name, token, Options(context));
    }

    public static void Clear(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Cookies.Delete(Name, Options(context));
    }

    public bool IsValid(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.Cookies.TryGetValue(Name, out var token) || string.IsNullOrEmpty(token))
        {
            return false;
        }

        try
        {
            return _protector.Unprotect(token, out var expiry) == Payload && expiry > time.GetUtcNow();
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            // Forged, expired or from another key ring.
            return false;
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
