using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

using ResumeFlow.Workflows.Api;

namespace ResumeFlow.Host.ErrorHandling;

/// <summary>
/// One problem-details handler for the host: every non-2xx answer carries
/// <c>{"error":{"code","message"}}</c> (inside RFC 7807 problem details where the framework answers),
/// 5xx with the trace id and never a stack trace.
/// </summary>
public static class ErrorHandlingExtensions
{
    public static IServiceCollection AddApiErrorHandling(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddProblemDetails(options => options.CustomizeProblemDetails = Describe);

        // Binding failures throw, so their answer carries what could not be bound (not an empty 400).
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);

        // The host filter's own HTML page is replaced by the JSON error (added outermost, below).
        services.Configure<HostFilteringOptions>(options => options.IncludeFailureMessage = false);

        // Outside the framework's host filter, so even a forged Host gets a coded answer.
        services.Insert(0, ServiceDescriptor.Transient<IStartupFilter, StatusCodeBodyStartupFilter>());
        return services;
    }

    /// <summary>Turns exceptions into coded answers; inside the developer exception page, so no stack is ever shown.</summary>
    public static IApplicationBuilder UseApiErrorHandling(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = StatusFor });
    }

    private static int StatusFor(Exception exception) => exception switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        JsonException or InvalidDataException => StatusCodes.Status400BadRequest,
        _ => StatusCodes.Status500InternalServerError,
    };

    private static void Describe(ProblemDetailsContext context)
    {
        var http = context.HttpContext;
        var status = context.ProblemDetails.Status ?? http.Response.StatusCode;
        var exception = http.Features.Get<IExceptionHandlerFeature>()?.Error;
        string code;
        string message;
        if (status == StatusCodes.Status400BadRequest && exception is null && !HostAllowed(http))
        {
            code = ErrorResults.HostNotAllowed;
            message = "This host name is not served; use one of the configured AllowedHosts.";
        }
        else if (status < 500 && exception is not null)
        {
            code = ErrorResults.CodeFor(status);
            message = exception.Message;
        }
        else
        {
            code = ErrorResults.CodeFor(status);
            message = ErrorResults.MessageFor(status);
        }

        var traceId = status >= 500 ? Activity.Current?.Id ?? http.TraceIdentifier : null;
        context.ProblemDetails.Detail = message;
        context.ProblemDetails.Extensions["error"] = new ApiErrorDetail(code, message, traceId);
    }

    private static bool HostAllowed(HttpContext context)
    {
        var allowed = context.RequestServices.GetRequiredService<IOptions<HostFilteringOptions>>().Value.AllowedHosts;
        if (allowed.Count == 0 || allowed.Contains("*"))
        {
            return true;
        }

        var host = context.Request.Host;
        return host.HasValue && HostString.MatchesAny(new StringSegment(host.Host), allowed.Select(h => new StringSegment(h)).ToList());
    }
}
