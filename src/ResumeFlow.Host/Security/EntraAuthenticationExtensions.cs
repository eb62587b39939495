using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;

namespace ResumeFlow.Host.Security;

/// <summary>Registers JWT bearer validation for Entra ID tokens, configured from <see cref="EntraOptions"/>.</summary>
public static class EntraAuthenticationExtensions
{
    public static IServiceCollection AddEntraBearer(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<EntraOptions>().BindConfiguration(EntraOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();

        // Registered either way so the scheme exists; without a tenant it is never asked (see ApiKeyValidator).
        services.AddAuthentication().AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<IOptions<EntraOptions>>((jwt, entra) =>
        {
            var options = entra.Value;
            if (!options.Enabled)
            {
                return;
            }

            jwt.Authority = options.Authority;
            jwt.Audience = options.Audience;
            jwt.MapInboundClaims = false;
            jwt.TokenValidationParameters.ValidIssuer = options.Authority;
            jwt.TokenValidationParameters.ValidAudience = options.Audience;
        });
        return services;
    }
}
