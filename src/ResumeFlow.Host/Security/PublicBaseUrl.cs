using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ResumeFlow.Host.Security;

/// <summary>
/// The scheme, host and port the host's own URLs (status URLs, <c>Location</c>) start with:
/// <c>Host:PublicBaseUrl</c>, else the address the server listens on, else <c>Urls</c>, else
/// <c>http://127.0.0.1:7071</c>. Never the request's <c>Host</c> header, which a DNS-rebinding page controls.
/// </summary>
public static class PublicBaseUrl
{
    public const string ConfigurationKey = "Host:PublicBaseUrl";
    public const string Fallback = "http://127.0.0.1:7071";

    public static string Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.RequestServices;
        var configuration = services.GetRequiredService<IConfiguration>();
        var candidates = new[]
        {
            configuration[ConfigurationKey],
            services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault(),
            configuration["Urls"]?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault(),
        };
        foreach (var candidate in candidates)
        {
            if (Uri.TryCreate(candidate?.Replace("://+", "://127.0.0.1", StringComparison.Ordinal).Replace("://*", "://127.0.0.1", StringComparison.Ordinal), UriKind.Absolute, out var uri)
                && uri.Scheme is "http" or "https")
            {
                var host = uri.Host is "0.0.0.0" or "[::]" ? "127.0.0.1" : uri.Host;
                return $"{uri.Scheme}://{host}:{uri.Port}{uri.AbsolutePath.TrimEnd('/')}";
            }
        }

        return Fallback;
    }
}
