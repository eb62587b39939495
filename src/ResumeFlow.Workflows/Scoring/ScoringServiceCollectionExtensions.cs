using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ResumeFlow.Core.Scoring;
using ResumeFlow.Llm;
using ResumeFlow.Llm.Metering;

namespace ResumeFlow.Workflows.Scoring;

/// <summary>Registers candidate scoring: weights (<c>Scoring:Weights</c>), the deterministic scorer, and the LLM scorer options (<c>Scoring:Llm</c>).</summary>
public static class ScoringServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="ScoringWeights"/> and <see cref="LlmScoringOptions"/> (bound when an IConfiguration is
    /// registered, validated on start), <see cref="DeterministicScorer"/> as itself and as
    /// <see cref="ICandidateScorer"/>, and <see cref="LlmCandidateScorer"/> (which needs the LLM gateway).
    /// </summary>
    public static IServiceCollection AddResumeFlowScoring(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ServiceType == typeof(DeterministicScorer)))
        {
            // Already added (several features call this); binding and validating twice would be noise.
            return services;
        }

        var configured = services.Any(d => d.ServiceType == typeof(IConfiguration));
        var weights = services.AddOptions<ScoringWeights>();
        var llm = services.AddOptions<LlmScoringOptions>();
        if (configured)
        {
            weights.BindConfiguration(ScoringWeights.SectionName);
            llm.BindConfiguration(LlmScoringOptions.SectionName);
        }

        weights.ValidateDataAnnotations().ValidateOnStart();
        llm.ValidateDataAnnotations().ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new DeterministicScorer(
            sp.GetRequiredService<IOptions<ScoringWeights>>().Value,
            timeProvider: sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<ICandidateScorer>(sp => sp.GetRequiredService<DeterministicScorer>());
        // A factory, so hosts without an LLM gateway still validate on build; resolving it then needs AddResumeFlowLlm.
        services.TryAddSingleton(sp => new LlmCandidateScorer(
            sp.GetRequiredService<ILlmGateway>(),
            sp.GetRequiredService<DeterministicScorer>(),
            sp.GetRequiredService<IOptions<LlmScoringOptions>>(),
            sp.GetRequiredService<IOptions<ScoringWeights>>(),
            sp.GetService<CostMeter>(),
            sp.GetService<ILogger<LlmCandidateScorer>>()));
        return services;
    }
}
