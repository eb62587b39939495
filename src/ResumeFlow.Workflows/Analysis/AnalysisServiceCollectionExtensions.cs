using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ResumeFlow.Workflows.Analysis;

public static class AnalysisServiceCollectionExtensions
{
    /// <summary>
    /// Registers the analysis services and <see cref="AnalysisOptions"/> (section <c>Analysis</c>, validated on start).
    /// The orchestrator and activities are registered with the worker by <see cref="AnalysisTasks"/> in the catalogue;
    /// <see cref="IAnalysisService"/> needs a <c>DurableTaskClient</c> in the container.
    /// </summary>
    public static IServiceCollection AddAnalysisWorkflow(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<AnalysisOptions>();
        if (services.Any(d => d.ServiceType == typeof(Microsoft.Extensions.Configuration.IConfiguration)))
        {
            options.BindConfiguration(AnalysisOptions.SectionName);
        }

        options.ValidateDataAnnotations()
            .Validate(o => AnalysisOptions.CheckWeights(o.SectionWeights) is null, "Analysis:SectionWeights: every key a section name, every value in [0, 1000], not all zero.")
            .Validate(o => o.SectionModels.Keys.All(k => AnalysisSections.All.Contains(k, StringComparer.OrdinalIgnoreCase)), "Analysis:SectionModels names a section that does not exist.")
            .ValidateOnStart();
        services.TryAddSingleton<AnalysisLlm>();
        services.TryAddSingleton<IAnalysisService, AnalysisService>();
        return services;
    }
}
