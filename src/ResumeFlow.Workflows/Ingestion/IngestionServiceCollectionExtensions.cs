using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ResumeFlow.Workflows.Catalogue;
using ResumeFlow.Workflows.Scoring;

namespace ResumeFlow.Workflows.Ingestion;

/// <summary>
/// Registers the IngestCv workflow: orchestrator, activities, <see cref="ICvIngestionService"/>, receipts, the blob
/// scanner and the store of the scorer's features (<see cref="CandidateFeatureStore"/>, with the scorer it reads with).
/// </summary>
public static class IngestionServiceCollectionExtensions
{
    public static IServiceCollection AddIngestionWorkflow(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddWorkflowDataConverter();
        services.AddOptions<IngestionOptions>().BindConfiguration(IngestionOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<LlmProfileExtractor>();
        services.TryAddSingleton<ExtractionGate>();
        services.AddResumeFlowScoring();
        services.TryAddSingleton<CandidateFeatureStore>();
        services.TryAddSingleton<IngestionReceipts>();
        services.TryAddSingleton<ICvIngestionService, CvIngestionService>();
        services.TryAddSingleton<CvBlobScanner>();
        return services;
    }
}
