namespace ResumeFlow.Host.Security;

/// <summary><c>.RequireApiKey()</c> on an endpoint or route group: the endpoint needs the host's API key (also enforced host-wide by UseHostSecurity).</summary>
public static class ApiKeyEndpointConventionBuilderExtensions
{
    public static TBuilder RequireApiKey<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddEndpointFilter(new ApiKeyEndpointFilter());
        builder.WithMetadata(new RequiresApiKeyMetadata());
        return builder;
    }
}

/// <summary>Marks endpoints guarded by <see cref="ApiKeyEndpointConventionBuilderExtensions.RequireApiKey{TBuilder}"/>.</summary>
public sealed class RequiresApiKeyMetadata;
