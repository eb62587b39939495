using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ResumeFlow.Host.Security;

/// <summary>
/// The host's access control. <see cref="AddHostSecurity"/> registers the key and the default
/// <c>AllowedHosts</c> (<c>localhost;127.0.0.1</c> when none is configured); <see cref="UseHostSecurity"/>
/// creates the key at startup and requires it on every request, reads as much as writes (candidate
/// profiles are personal data), except endpoints marked <c>AllowAnonymous()</c> (the health check, the web
/// app's static shell and login form). The web app's session cookie counts as the key (<see cref="SessionCookie"/>).
/// A route cannot be left open by omission.
/// </summary>
public static class HostSecurityExtensions
{
    /// <summary>Host names served when <c>AllowedHosts</c> is not configured: DNS rebinding gets a 400.</summary>
    public static readonly IReadOnlyList<string> DefaultAllowedHosts = ["localhost", "127.0.0.1"];

    public static IServiceCollection AddHostSecurity(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ServiceType == typeof(ApiKeyStore)))
        {
            return services;
        }

        services.AddSingleton<ApiKeyStore>();
        services.AddEntraBearer();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SessionRevocations>();
        services.TryAddSingleton<SessionCookie>();
        services.AddAntiforgery(options => options.HeaderName = ApiKeyValidator.AntiforgeryHeaderName);

        // Runs after the web defaults' own post-configure, which turns a missing AllowedHosts into "*".
        services.AddOptions<HostFilteringOptions>().PostConfigure<IConfiguration>((options, configuration) =>
        {
            if (string.IsNullOrWhiteSpace(configuration["AllowedHosts"]))
            {
                options.AllowedHosts = [.. DefaultAllowedHosts];
            }
        });
        return services;
    }

    public static IApplicationBuilder UseHostSecurity(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        _ = app.ApplicationServices.GetRequiredService<ApiKeyStore>();
        return app.Use(async (context, next) =>
        {
            var endpoint = context.GetEndpoint();
            if (endpoint?.Metadata.GetMetadata<IAllowAnonymous>() is null && await ApiKeyValidator.CheckAsync(context).ConfigureAwait(false) is { } rejection)
            {
                if (endpoint?.Metadata.GetMetadata<SignInRedirectMetadata>() is not null && HttpMethods.IsGet(context.Request.Method))
                {
                    // A page, not an API: a browser without a session goes to the login form.
                    context.Response.Redirect(SignInRedirectMetadata.LoginPath + "?returnUrl=" + Uri.EscapeDataString(context.Request.PathBase + context.Request.Path + context.Request.QueryString));
                    return;
                }

                await rejection.ExecuteAsync(context).ConfigureAwait(false);
                return;
            }

            await next(context).ConfigureAwait(false);
        });
    }
}
