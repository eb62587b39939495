using Microsoft.Extensions.DependencyInjection.Extensions;
using ResumeFlow.Durable.AzureStorage;

namespace Microsoft.Extensions.DependencyInjection;

internal static class AzureStorageDurableServiceCollectionExtensions
{
    public static IServiceCollection AddAzureStorageDurableOptions(
        this IServiceCollection services, string name, Action<AzureStorageDurableOptions>? configure)
    {
        var options = services.AddOptions<AzureStorageDurableOptions>(name)
            .BindConfiguration(AzureStorageDurableOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton<AzureStorageOrchestrationServices>();
        return services;
    }
}
