using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ResumeFlow.Workflows.Calls;

/// <summary>Registers the AnalyzeCalls feature's services (the tasks themselves go into the worker's registry: <see cref="CallAnalysisTasks"/> in the catalogue).</summary>
public static class CallAnalysisServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="CallAnalysisOptions"/> (section <c>Calls</c> when an IConfiguration is registered; validated on
    /// start), <see cref="LlmCallAnalyzer"/>, <see cref="CallRunStore"/> and <see cref="ICallAnalysisService"/>. Needs the
    /// LLM gateway (<c>AddResumeFlowLlm</c>), the artifact store, and for the service a <c>DurableTaskClient</c>.
    /// </summary>
    public static IServiceCollection AddCallAnalysisWorkflow(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ServiceType == typeof(LlmCallAnalyzer)))
        {
            return services;
        }

        var options = services.AddOptions<CallAnalysisOptions>();
        if (services.Any(d => d.ServiceType == typeof(IConfiguration)))
        {
            options.BindConfiguration(CallAnalysisOptions.SectionName);
        }

        options.ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<LlmCallAnalyzer>();
        services.TryAddSingleton<CallRunStore>();
        services.TryAddSingleton<ICallAnalysisService, CallAnalysisService>();
        return services;
    }
}
