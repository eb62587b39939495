namespace ResumeFlow.Host.Security;

/// <summary>Rejects the request with 401 unless it carries the host's API key, a valid Entra bearer token or a web session.</summary>
internal sealed class ApiKeyEndpointFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
        => await ApiKeyValidator.CheckAsync(context.HttpContext).ConfigureAwait(false) ?? await next(context).ConfigureAwait(false);
}
