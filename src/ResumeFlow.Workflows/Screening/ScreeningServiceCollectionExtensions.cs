using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ResumeFlow.Llm;
using ResumeFlow.Workflows.Scoring;

using ResumeFlow.Workflows.Catalogue;

namespace ResumeFlow.Workflows.Screening;

/// <summary>Registers the ScreenCandidates workflow: its orchestrators, activities and <see cref="IScreeningService"/>.</summary>
public static class ScreeningServiceCollectionExtensions
{
    public static IServiceCollection AddScreeningWorkflow(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddWorkflowDataConverter();
        services.AddResumeFlowScoring();
        services.TryAddSingleton(sp => new ScreeningLlmAvailability(sp.GetService<IOptions<LlmOptions>>()?.Value.IsConfigured ?? false));
        services.TryAddSingleton<IScreeningService, ScreeningService>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ScreeningJobCache>();
        services.TryAddSingleton<ScreeningCandidateLoader>();
        services.TryAddSingleton<DeterministicCandidateScoring>();
        services.TryAddSingleton<ScreeningLlmScoring>();
        services.TryAddSingleton<LlmJobAnalyzer>();
        return services;
    }
}
