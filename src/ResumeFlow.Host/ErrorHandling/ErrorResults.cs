using System.Text.Json;

using ResumeFlow.Workflows.Api;

namespace ResumeFlow.Host.ErrorHandling;

/// <summary>
/// The host's error shape, <c>{"error":{"code","message"}}</c>: endpoints answer their own errors
/// with <see cref="Result"/>; everything else (binding, routing, 405, 413, 415, exceptions) gets the
/// code of its status from <see cref="CodeFor"/> through the problem-details handler.
/// </summary>
public static class ErrorResults
{
    public const string InvalidRequest = "invalid_request";
    public const string HostNotAllowed = "host_not_allowed";
    public const string InternalError = "internal_error";

    public static IResult Result(int statusCode, string code, string message)
        => Results.Json(new { error = new ApiErrorDetail(code, message) }, JsonSerializerOptions.Web, statusCode: statusCode);

    /// <summary>A failure mapped by the shared <see cref="ApiErrors"/> (Workflows/Api).</summary>
    public static IResult From(ApiError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return Result(error.Status, error.Code, error.Message);
    }

    /// <summary>The stable code of a status no endpoint described itself.</summary>
    public static string CodeFor(int statusCode) => statusCode switch
    {
        StatusCodes.Status400BadRequest => InvalidRequest,
        StatusCodes.Status401Unauthorized => "unauthorized",
        StatusCodes.Status403Forbidden => "forbidden",
        StatusCodes.Status404NotFound => "not_found",
        StatusCodes.Status405MethodNotAllowed => "method_not_allowed",
        StatusCodes.Status406NotAcceptable => "not_acceptable",
        StatusCodes.Status408RequestTimeout => "request_timeout",
        StatusCodes.Status409Conflict => "conflict",
        StatusCodes.Status411LengthRequired => "length_required",
        StatusCodes.Status413PayloadTooLarge => "request_too_large",
        StatusCodes.Status415UnsupportedMediaType => "unsupported_media_type",
        StatusCodes.Status429TooManyRequests => "too_many_requests",
        StatusCodes.Status431RequestHeaderFieldsTooLarge => "headers_too_large",
        StatusCodes.Status500InternalServerError => InternalError,
        StatusCodes.Status503ServiceUnavailable => "service_unavailable",
        _ => $"http_{statusCode}",
    };

    /// <summary>A message for a status no endpoint described itself.</summary>
    public static string MessageFor(int statusCode) => statusCode switch
    {
        StatusCodes.Status400BadRequest => "The request is malformed.",
        StatusCodes.Status404NotFound => "No such route or resource.",
        StatusCodes.Status405MethodNotAllowed => "This route does not accept that HTTP method.",
        StatusCodes.Status413PayloadTooLarge => "The request body is too large.",
        StatusCodes.Status415UnsupportedMediaType => "This route does not accept that content type.",
        >= 500 => "An unexpected error occurred; quote the trace id when reporting it.",
        _ => $"The request failed with HTTP {statusCode}.",
    };
}
