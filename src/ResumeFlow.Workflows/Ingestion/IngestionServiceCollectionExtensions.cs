using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ResumeFlow.Orchestration;

namespace ResumeFlow.Workflows.Ingestion;

/// <summary>Registers the IngestCv workflow: orchestrator, activities, <see cref="ICvIngestionService"/>, receipts and the blob scanner.</summary>
public static class IngestionServiceCollectionExtensions
{
    public static IServiceCollection AddIngestionWorkflow(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<IngestionOptions>().BindConfiguration(IngestionOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOrchestrator<IngestCvOrchestrator>(IngestionTaskNames.IngestCv);
        services.AddActivity<RegisterCandidateActivity>(IngestionTaskNames.RegisterCandidate);
        services.AddActivity<ExtractCvActivity>(IngestionTaskNames.ExtractCv);
        services.AddActivity<SaveCandidateActivity>(IngestionTaskNames.SaveCandidate);
        services.TryAddSingleton<LlmProfileExtractor>();
        services.TryAddSingleton<IngestionReceipts>();
        services.TryAddSingleton<ICvIngestionService, CvIngestionService>();
        services.TryAddSingleton<CvBlobScanner>();
        return services;
    }
}
