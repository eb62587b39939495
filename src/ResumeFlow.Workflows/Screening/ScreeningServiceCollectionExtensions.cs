using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ResumeFlow.Llm;
using ResumeFlow.Llm.Pricing;
using ResumeFlow.Workflows.Audit;
using ResumeFlow.Workflows.Catalogue;
using ResumeFlow.Workflows.Ingestion;
using ResumeFlow.Workflows.Scoring;

namespace ResumeFlow.Workflows.Screening;

/// <summary>Registers the ScreenCandidates workflow: its orchestrators, activities and <see cref="IScreeningService"/>.</summary>
public static class ScreeningServiceCollectionExtensions
{
    public static IServiceCollection AddScreeningWorkflow(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddWorkflowDataConverter();
        services.AddResumeFlowScoring();
        services.TryAddSingleton(sp =>
        {
            var llm = sp.GetService<IOptions<LlmOptions>>()?.Value;
            var model = sp.GetService<IOptions<LlmScoringOptions>>()?.Value.Model ?? llm?.Deployment;
            var priceKnown = model is not null && sp.GetService<PriceCatalog>()?.Quote(model).IsKnown == true;
            return new ScreeningLlmAvailability(llm?.IsConfigured ?? false, model, priceKnown);
        });
        services.TryAddSingleton<IScreeningService, ScreeningService>();
        services.TryAddSingleton<ScreeningReportPublisher>();
        services.TryAddSingleton<IAuditLog, AuditLog>();
        services.TryAddSingleton<Review.IReviewService, Review.ReviewService>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ScreeningJobCache>();
        services.TryAddSingleton<ScreeningCandidateLoader>();
        services.TryAddSingleton<CandidateFeatureStore>();
        services.TryAddSingleton<CandidateSets>();
        services.TryAddSingleton<DeterministicCandidateScoring>();
        services.TryAddSingleton<ScreeningLlmScoring>();
        services.TryAddSingleton<LlmJobAnalyzer>();
        return services;
    }
}
