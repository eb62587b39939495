using ResumeFlow.Host.ErrorHandling;
using ResumeFlow.Workflows.Api;
using ResumeFlow.Workflows.Screening;

namespace ResumeFlow.Host.Screening;

/// <summary>The shared <see cref="ApiError"/> mapping (Workflows/Api), answered as an ASP.NET result.</summary>
internal static class ScreeningApiResults
{
    public static IResult Error(int statusCode, string code, string message) => ErrorResults.Result(statusCode, code, message);

    public static IResult From(ApiError error) => Error(error.Status, error.Code, error.Message);

    public static IResult From(ScreeningException exception) => From(ApiErrors.From(exception));
}
