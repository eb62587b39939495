using ResumeFlow.Host.ErrorHandling;

namespace ResumeFlow.Host.Security;

/// <summary>Checks a request's API key (header <c>x-functions-key</c>, as Azure Functions, or query <c>code</c>) and writes the 401.</summary>
internal static class ApiKeyValidator
{
    public const string HeaderName = "x-functions-key";
    public const string QueryName = "code";
    public const string MissingCode = "api_key_required";
    public const string InvalidCode = "api_key_invalid";

    /// <summary>Null when the request carries the right key; otherwise the 401 to answer with.</summary>
    public static IResult? Check(HttpContext context)
    {
        var store = context.RequestServices.GetRequiredService<ApiKeyStore>();
        string? presented = context.Request.Headers[HeaderName];
        if (string.IsNullOrEmpty(presented))
        {
            presented = context.Request.Query[QueryName];
        }

        if (string.IsNullOrEmpty(presented))
        {
            return Unauthorized(MissingCode, $"Send the API key in the '{HeaderName}' header or the '{QueryName}' query parameter.");
        }

        return store.Matches(presented) ? null : Unauthorized(InvalidCode, "The API key is not valid.");
    }

    private static IResult Unauthorized(string code, string message)
        => ErrorResults.Result(StatusCodes.Status401Unauthorized, code, message);
}
