using Microsoft.AspNetCore.DataProtection;
using ResumeFlow.Host.Security;
using ResumeFlow.Host.Web.Components;

namespace ResumeFlow.Host.Web;

/// <summary>
/// The recruiters' web app: server-rendered Razor components (static SSR, no Node build), a few static
/// scripts that call the same HTTP API as any client, a login form that trades the host key for a
/// session cookie, and a strict Content-Security-Policy.
/// </summary>
public static class WebAppExtensions
{
    public static WebApplicationBuilder AddWebApp(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddRazorComponents();

        // The session and antiforgery tokens are protected with keys kept in the private (0700) data folder,
        // so a restart keeps sessions and nothing lands in ~/.aspnet unencrypted next to other apps.
        var keys = Path.Combine(HostDataDirectory.Resolve(builder.Configuration, builder.Environment), "web-keys");
        builder.Services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(keys)).SetApplicationName("ResumeFlow.Host");
        return builder;
    }

    /// <summary>
    /// Security headers, the static shell (wwwroot: CSS and scripts, served before <c>UseHostSecurity</c>, so
    /// anonymously — the only files besides the login form a stranger may load) and antiforgery.
    /// </summary>
    public static IApplicationBuilder UseWebApp(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<SecurityHeadersMiddleware>();

        // Plain static files rather than MapStaticAssets: that would also publish Blazor's own scripts,
        // which static rendering does not use, as anonymous endpoints.
        app.UseStaticFiles();
        return app.UseAntiforgery();
    }

    public static WebApplication MapWebApp(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        app.MapRazorComponents<App>().Add(endpoint => endpoint.Metadata.Add(new SignInRedirectMetadata()));
        app.MapPost("/logout", LogoutAsync).AllowAnonymous().DisableAntiforgery();
        app.MapScreeningFragments();
        app.MapResultFragments();
        return app;
    }

    private static async Task<IResult> LogoutAsync(HttpContext context, Microsoft.AspNetCore.Antiforgery.IAntiforgery antiforgery, SessionCookie session, CancellationToken cancellationToken)
    {
        // Another site must not be able to sign the recruiter out either.
        if (!await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false))
        {
            return ErrorHandling.ErrorResults.Result(StatusCodes.Status400BadRequest, ApiKeyValidator.AntiforgeryCode, "The sign-out form has expired; reload the page.");
        }

        // Server-side: the session id is revoked, so a copy of the cookie kept elsewhere stops working too.
        await session.EndAsync(context, cancellationToken).ConfigureAwait(false);
        return Results.Redirect(SignInRedirectMetadata.LoginPath);
    }
}
