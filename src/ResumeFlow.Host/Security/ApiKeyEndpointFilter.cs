namespace ResumeFlow.Host.Security;

/// <summary>Rejects the request with 401 unless it carries the host's API key.</summary>
internal sealed class ApiKeyEndpointFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
        => ApiKeyValidator.Check(context.HttpContext) ?? await next(context).ConfigureAwait(false);
}
