using System.Net;
using System.Text.Json;
using Microsoft.Azure.Functions.Worker.Http;
using ResumeFlow.Workflows.Api;

namespace ResumeFlow.Functions.Http;

/// <summary>The starters' shared HTTP handling: refused requests answered with the shared <see cref="ApiError"/> body, as the local host does.</summary>
internal static class FunctionsHttp
{
    public static async Task<HttpResponseData> ErrorAsync(HttpRequestData request, ApiError error, CancellationToken cancellationToken)
    {
        var response = request.CreateResponse((HttpStatusCode)error.Status);
        response.Headers.Add("Content-Type", "application/json; charset=utf-8");
        await response.WriteStringAsync(JsonSerializer.Serialize(error.ToBody(), JsonSerializerOptions.Web), cancellationToken).ConfigureAwait(false);
        return response;
    }

    /// <summary>Runs a starter and answers any failure <see cref="ApiErrors.TryFrom"/> maps with its code, as the host does.</summary>
    public static async Task<HttpResponseData> AnswerAsync(HttpRequestData request, Func<Task<HttpResponseData>> answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(answer);
        try
        {
            return await answer().ConfigureAwait(false);
        }
        catch (Exception ex) when (ApiErrors.TryFrom(ex, out var error))
        {
            return await ErrorAsync(request, error, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The request's JSON body through the shared <see cref="ApiRequests"/> rules.</summary>
    public static Task<T> ReadJsonAsync<T>(HttpRequestData request, CancellationToken cancellationToken)
        where T : class
        => ApiRequests.ReadJsonAsync<T>(request.Body, ContentType(request), cancellationToken);

    public static string? ContentType(HttpRequestData request) => Header(request, "Content-Type");

    /// <summary>The uploaded file's name, read as the local host reads it (<see cref="UploadFileName"/>).</summary>
    public static string? FileName(HttpRequestData request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return UploadFileName.Read(request.Query[UploadFileName.QueryParameter], Header(request, UploadFileName.Header), Header(request, "Content-Disposition"));
    }

    private static string? Header(HttpRequestData request, string name)
        => request.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
