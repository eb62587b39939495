using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ResumeFlow.Host.Security;

/// <summary>
/// The host's write protection. <see cref="AddHostSecurity"/> registers the key; <see cref="UseHostSecurity"/>
/// creates it at startup and guards every POST/PUT/PATCH/DELETE in the host (endpoints also opt in
/// explicitly with <c>RequireApiKey()</c>), so a write endpoint cannot be left open by omission.
/// </summary>
public static class HostSecurityExtensions
{
    public static IServiceCollection AddHostSecurity(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<ApiKeyStore>();
        return services;
    }

    public static IApplicationBuilder UseHostSecurity(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        _ = app.ApplicationServices.GetRequiredService<ApiKeyStore>();
        return app.Use(async (context, next) =>
        {
            if (IsWrite(context.Request.Method) && ApiKeyValidator.Check(context) is { } rejection)
            {
                await rejection.ExecuteAsync(context).ConfigureAwait(false);
                return;
            }

            await next(context).ConfigureAwait(false);
        });
    }

    private static bool IsWrite(string method)
        => HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method) || HttpMethods.IsDelete(method);
}
