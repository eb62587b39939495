using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ResumeFlow.Workflows.Erasure;

/// <summary>Registers <see cref="ICandidateErasure"/>.</summary>
public static class ErasureServiceCollectionExtensions
{
    public static IServiceCollection AddCandidateErasure(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ProviderBatchFiles>();
        services.TryAddSingleton<ICandidateErasure, CandidateErasure>();
        return services;
    }
}
