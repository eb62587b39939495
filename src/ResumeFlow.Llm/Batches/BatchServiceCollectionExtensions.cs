using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ResumeFlow.Llm.Pacing;
using ResumeFlow.Llm.Redaction;

namespace ResumeFlow.Llm.Batches;

public static class BatchServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IBatchApiClient"/>, and <see cref="IBatchFileBuilder"/> over the LLM configuration
    /// (<see cref="LlmServiceCollectionExtensions.AddResumeFlowLlm"/>), with <see cref="BatchOptions"/> bound to
    /// the "Batch" section and validated on start.
    /// </summary>
    public static IServiceCollection AddResumeFlowBatchApi(this IServiceCollection services, Action<BatchOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddResumeFlowLlm();
        var options = services.AddOptions<BatchOptions>();
        if (services.Any(d => d.ServiceType == typeof(Microsoft.Extensions.Configuration.IConfiguration)))
        {
            options.BindConfiguration(BatchOptions.SectionName);
        }

        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<BatchClientFactory>();
        services.TryAddSingleton<IBatchApiClient>(sp => new BatchApiClient(sp.GetRequiredService<BatchClientFactory>(), sp.GetRequiredService<IOptions<BatchOptions>>()));
        services.TryAddSingleton<IBatchFileBuilder>(sp => new BatchFileBuilder(
            sp.GetRequiredService<IOptions<LlmOptions>>(),
            sp.GetRequiredService<IOptions<BatchOptions>>(),
            sp.GetRequiredService<TokenEstimator>(),
            sp.GetRequiredService<IPiiRedactor>()));
        return services;
    }
}
