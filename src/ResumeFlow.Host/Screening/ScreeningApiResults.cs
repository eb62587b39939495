using ResumeFlow.Host.ErrorHandling;
using ResumeFlow.Workflows.Screening;

namespace ResumeFlow.Host.Screening;

/// <summary>The error shape of the screening API: <c>{"error":{"code":…,"message":…}}</c> with a stable code.</summary>
internal static class ScreeningApiResults
{
    public static IResult Error(int statusCode, string code, string message) => ApiErrors.Result(statusCode, code, message);

    public static IResult From(ScreeningException exception) => Error(StatusFor(exception), exception.Code, exception.Message);

    public static int StatusFor(ScreeningException exception) => exception.Code switch
    {
        _ when exception.IsNotFound => StatusCodes.Status404NotFound,
        ScreeningErrorCodes.ScreeningNotCompleted or ScreeningErrorCodes.NothingToRetry => StatusCodes.Status409Conflict,
        ScreeningErrorCodes.NoCandidates => StatusCodes.Status422UnprocessableEntity,
        _ => StatusCodes.Status400BadRequest,
    };
}
