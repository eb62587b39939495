using System.Text.Json;
using System.Text.Json.Serialization;
using ResumeFlow.Workflows.Screening;

namespace ResumeFlow.Workflows.Api;

/// <summary>Reads JSON request bodies the same way on every front: JSON only, unknown members refused.</summary>
public static class ApiRequests
{
    public const string InvalidRequest = ScreeningErrorCodes.InvalidRequest;

    private static readonly JsonSerializerOptions BodyJson = new(Reports.ScreeningJson.Options)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static async Task<T> ReadJsonAsync<T>(Stream body, string? contentType, CancellationToken cancellationToken = default)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(body);
        if (!IsJson(contentType))
        {
            throw new ApiException(new ApiError(415, InvalidRequest, "The body must be JSON (Content-Type: application/json)."));
        }

        try
        {
            return await JsonSerializer.DeserializeAsync<T>(body, BodyJson, cancellationToken).ConfigureAwait(false)
                ?? throw new ApiException(new ApiError(400, InvalidRequest, "The body must be a JSON object."));
        }
        catch (JsonException ex)
        {
            throw new ApiException(new ApiError(400, InvalidRequest, "Malformed JSON body: " + ex.Message));
        }
    }

    private static bool IsJson(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return false;
        }

        var mediaType = contentType.Split(';', 2)[0].Trim();
        return mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
    }
}
