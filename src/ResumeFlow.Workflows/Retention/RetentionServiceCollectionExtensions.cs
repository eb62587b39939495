using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ResumeFlow.Workflows.Catalogue;

namespace ResumeFlow.Workflows.Retention;

/// <summary>Registers retention: validated <see cref="RetentionOptions"/> and the <see cref="RetentionSweeper"/> its activity uses.</summary>
public static class RetentionServiceCollectionExtensions
{
    public static IServiceCollection AddRetention(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddWorkflowDataConverter();
        services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<RetentionSweeper>();
        return services;
    }
}
