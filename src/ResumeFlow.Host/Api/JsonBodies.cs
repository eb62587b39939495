using Microsoft.AspNetCore.Http.Features;
using ResumeFlow.Host.ErrorHandling;
using ResumeFlow.Workflows.Api;

namespace ResumeFlow.Host.Api;

/// <summary>Reads a JSON request body through <see cref="ApiRequests"/> within <see cref="ApiLimits.MaxBodyBytes"/>, or the error to answer.</summary>
internal static class JsonBodies
{
    public static async Task<(T? Body, IResult? Error)> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        if (request.ContentLength > ApiLimits.MaxBodyBytes)
        {
            return (null, ErrorResults.Result(StatusCodes.Status413PayloadTooLarge, ErrorResults.CodeFor(StatusCodes.Status413PayloadTooLarge), $"The body is larger than {ApiLimits.MaxBodyBytes:N0} bytes."));
        }

        // A body without a declared length is cut off by the server as it arrives.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodyLimit)
        {
            bodyLimit.MaxRequestBodySize = ApiLimits.MaxBodyBytes;
        }

        try
        {
            return (await ApiRequests.ReadJsonAsync<T>(request.Body, request.ContentType, cancellationToken).ConfigureAwait(false), null);
        }
        catch (ApiException ex)
        {
            return (null, ErrorResults.From(ex.Error));
        }
    }
}
