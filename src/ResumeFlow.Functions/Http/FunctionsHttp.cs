using System.Net;
using System.Text.Json;
using Microsoft.Azure.Functions.Worker.Http;
using ResumeFlow.Workflows.Api;

namespace ResumeFlow.Functions.Http;

/// <summary>Answers a refused request with the shared <see cref="ApiError"/> body, as the local host does.</summary>
internal static class FunctionsHttp
{
    public static async Task<HttpResponseData> ErrorAsync(HttpRequestData request, ApiError error, CancellationToken cancellationToken)
    {
        var response = request.CreateResponse((HttpStatusCode)error.Status);
        response.Headers.Add("Content-Type", "application/json; charset=utf-8");
        await response.WriteStringAsync(JsonSerializer.Serialize(error.ToBody(), JsonSerializerOptions.Web), cancellationToken).ConfigureAwait(false);
        return response;
    }

    public static string? ContentType(HttpRequestData request)
        => request.Headers.TryGetValues("Content-Type", out var values) ? values.FirstOrDefault() : null;

    /// <summary>The uploaded file's name: <c>?fileName=</c> or an <c>X-File-Name</c> header (URL-escaped).</summary>
    public static string? FileName(HttpRequestData request)
    {
        if (request.Query["fileName"] is { Length: > 0 } query)
        {
            return query;
        }

        return request.Headers.TryGetValues("X-File-Name", out var values) && values.FirstOrDefault() is { Length: > 0 } header
            ? Uri.UnescapeDataString(header)
            : null;
    }
}
