using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using System.ComponentModel.DataAnnotations;
using ResumeFlow.Llm.Caching;
using ResumeFlow.Llm.Deployments;
using ResumeFlow.Llm.Gateway;
using ResumeFlow.Llm.Metering;
using ResumeFlow.Llm.Pacing;
using ResumeFlow.Llm.Pricing;
using ResumeFlow.Llm.Redaction;

namespace ResumeFlow.Llm;

public static class LlmServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ILlmGateway"/>, <see cref="CostMeter"/> (over <see cref="PriceCatalog"/>, <c>Pricing</c> section), <see cref="ILlmResultCache"/> and
    /// <see cref="IPiiRedactor"/>, with <see cref="LlmOptions"/> bound to the "Llm" section (needs an
    /// IConfiguration service) and validated on start. <paramref name="configure"/> runs after binding.
    /// </summary>
    public static IServiceCollection AddResumeFlowLlm(this IServiceCollection services, Action<LlmOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<LlmOptions>();
        if (services.Any(d => d.ServiceType == typeof(Microsoft.Extensions.Configuration.IConfiguration)))
        {
            options.BindConfiguration(LlmOptions.SectionName);
        }

        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateDataAnnotations()
            .Validate(o => !o.IsConfigured || (Uri.TryCreate(o.Endpoint, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)), "Llm:Endpoint must be an absolute http(s) URL.")
            .Validate(o => o.MaxRetryDelay >= o.RetryBaseDelay, "Llm:MaxRetryDelay must not be below Llm:RetryBaseDelay.")
            .Validate(o => o.Deployments.Values.All(IsValid), "Llm:Deployments: a deployment has a quota or concurrency setting out of range.")
            .Validate(o => o.Deployments.Values.SelectMany(d => d.SpillOver).All(n => n == o.Deployment || o.Deployments.ContainsKey(n)), "Llm:Deployments:*:SpillOver names a deployment that is not configured.")
            .Validate(o => o.Tasks.Values.All(n => n == o.Deployment || o.Deployments.ContainsKey(n)), "Llm:Tasks maps a task to a deployment that is not configured.")
            .ValidateOnStart();

        var pricing = services.AddOptions<PricingOptions>();
        if (services.Any(d => d.ServiceType == typeof(Microsoft.Extensions.Configuration.IConfiguration)))
        {
            pricing.BindConfiguration(PricingOptions.SectionName);
        }

        pricing.Validate(p => p.Deployments.Values.All(v => v.Input >= 0 && v.Output >= 0 && v.BatchInput >= 0 && v.BatchOutput >= 0 && v.CachedInput >= 0), "Pricing:Deployments prices must not be negative.").ValidateOnStart();

        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<PriceCatalog>();
        services.TryAddSingleton<CostMeter>();
        services.TryAddSingleton<IPiiRedactor, RegexPiiRedactor>();
        services.TryAddSingleton<ILlmResultCache>(sp =>
        {
            var o = sp.GetRequiredService<IOptions<LlmOptions>>().Value;
            return string.IsNullOrWhiteSpace(o.CacheDirectory) ? new InMemoryLlmResultCache() : new FileLlmResultCache(o.CacheDirectory);
        });
        services.TryAddSingleton<TokenEstimator>();
        services.TryAddSingleton<ChatClientFactory>();
        services.TryAddSingleton<DeploymentRouter>();
        services.TryAddSingleton<ILlmGateway, LlmGateway>();
        return services;
    }

    private static bool IsValid(LlmDeploymentOptions deployment) =>
        Validator.TryValidateObject(deployment, new ValidationContext(deployment), null, validateAllProperties: true);
}
