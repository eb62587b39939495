using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ResumeFlow.Workflows.Fairness;

/// <summary>Registers the selection-rate report (needs the screening service and the artifact store).</summary>
public static class FairnessServiceCollectionExtensions
{
    public static IServiceCollection AddSelectionRates(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<SelectionRateService>();
        return services;
    }
}
