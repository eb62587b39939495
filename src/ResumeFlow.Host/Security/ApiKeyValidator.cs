using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using ResumeFlow.Host.ErrorHandling;

namespace ResumeFlow.Host.Security;

/// <summary>
/// Checks a request's credentials and writes the 401/403: the API key (header <c>x-functions-key</c>, as
/// Azure Functions, or query <c>code</c>); when the host is configured for Entra ID, an <c>Authorization: Bearer</c>
/// token; or the web app's session cookie. A request authenticated by the cookie alone must also carry the
/// antiforgery header on anything but GET/HEAD, since browsers send cookies by themselves.
/// </summary>
internal static class ApiKeyValidator
{
    public const string HeaderName = "x-functions-key";
    public const string QueryName = "code";
    public const string MissingCode = "api_key_required";
    public const string InvalidCode = "api_key_invalid";
    public const string BearerNotEnabledCode = "bearer_not_enabled";
    public const string BearerInvalidCode = "bearer_token_invalid";
    public const string RoleRequiredCode = "role_required";
    public const string AntiforgeryCode = "antiforgery_token_invalid";

    /// <summary>The header the pages' script sends the antiforgery request token in.</summary>
    public const string AntiforgeryHeaderName = "RequestVerificationToken";

    /// <summary>Null when the request carries valid credentials; otherwise the 401/403 to answer with.</summary>
    public static async ValueTask<IResult?> CheckAsync(HttpContext context)
    {
        string? authorization = context.Request.Headers.Authorization;
        if (authorization is not null && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return await CheckBearerAsync(context).ConfigureAwait(false);
        }

        var services = context.RequestServices;
        string? presented = context.Request.Headers[HeaderName];
        if (string.IsNullOrEmpty(presented))
        {
            presented = context.Request.Query[QueryName];
        }

        if (!string.IsNullOrEmpty(presented))
        {
            return services.GetRequiredService<ApiKeyStore>().Matches(presented) ? null : Unauthorized(InvalidCode, "The API key is not valid.");
        }

        if (!services.GetRequiredService<SessionCookie>().IsValid(context.Request))
        {
            return Unauthorized(MissingCode, $"Send the API key in the '{HeaderName}' header or the '{QueryName}' query parameter, or sign in at /login.");
        }

        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        {
            return null;
        }

        // Only the header is read: falling back to the form field would buffer a whole upload first.
        var valid = context.Request.Headers.ContainsKey(AntiforgeryHeaderName)
            && await services.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context).ConfigureAwait(false);
        return valid
            ? null
            : ErrorResults.Result(StatusCodes.Status403Forbidden, AntiforgeryCode, $"A signed-in request that changes data needs the '{AntiforgeryHeaderName}' header from the page.");
    }

    private static async ValueTask<IResult?> CheckBearerAsync(HttpContext context)
    {
        var entra = context.RequestServices.GetRequiredService<IOptions<EntraOptions>>().Value;
        if (!entra.Enabled)
        {
            return Unauthorized(BearerNotEnabledCode, $"This host does not accept bearer tokens (configure {EntraOptions.SectionName}); send the API key in '{HeaderName}'.");
        }

        // The reason a token failed (expired, wrong audience, bad signature) goes to the log, not to the caller.
        var result = await context.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme).ConfigureAwait(false);
        if (!result.Succeeded || result.Principal is null)
        {
            return Unauthorized(BearerInvalidCode, "The bearer token is not valid for this host.");
        }

        if (!string.IsNullOrWhiteSpace(entra.RequiredRole) && !result.Principal.HasClaim("roles", entra.RequiredRole))
        {
            return ErrorResults.Result(StatusCodes.Status403Forbidden, RoleRequiredCode, $"The token lacks the app role '{entra.RequiredRole}'.");
        }

        context.User = result.Principal;
        return null;
    }

    private static IResult Unauthorized(string code, string message)
        => ErrorResults.Result(StatusCodes.Status401Unauthorized, code, message);
}
