using Microsoft.AspNetCore.Antiforgery;
using ResumeFlow.Host.ErrorHandling;

namespace ResumeFlow.Host.Security;

/// <summary>
/// Checks a request's credentials and writes the 401: the API key (header <c>x-functions-key</c>, as Azure
/// Functions, or query <c>code</c>), or the web app's session cookie. A request authenticated by the cookie
/// alone must also carry the antiforgery header on anything but GET/HEAD, since browsers send cookies by themselves.
/// </summary>
internal static class ApiKeyValidator
{
    public const string HeaderName = "x-functions-key";
    public const string QueryName = "code";
    public const string MissingCode = "api_key_required";
    public const string InvalidCode = "api_key_invalid";
    public const string AntiforgeryCode = "antiforgery_token_invalid";

    /// <summary>The header the pages' script sends the antiforgery request token in.</summary>
    public const string AntiforgeryHeaderName = "RequestVerificationToken";

    /// <summary>Null when the request carries the right key or a valid session; otherwise the answer to give.</summary>
    public static async ValueTask<IResult?> CheckAsync(HttpContext context)
    {
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

    private static IResult Unauthorized(string code, string message)
        => ErrorResults.Result(StatusCodes.Status401Unauthorized, code, message);
}
