namespace ResumeFlow.Host.Management;

/// <summary>A JSON body with a status code, a <c>Location</c> header and optionally <c>Retry-After</c> (Durable's polling contract).</summary>
internal sealed class AcceptedWithPayloadResult(string location, object payload, int? retryAfterSeconds, int statusCode = StatusCodes.Status202Accepted) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.Headers.Location = location;
        if (retryAfterSeconds is { } seconds)
        {
            httpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return Results.Json(payload, ManagementJson.Options, statusCode: statusCode).ExecuteAsync(httpContext);
    }
}
