using Microsoft.Extensions.DependencyInjection;

namespace ResumeFlow.Workflows;

/// <summary>Registers every orchestrator and activity of the product.</summary>
public static class WorkflowsServiceCollectionExtensions
{
    public static IServiceCollection AddResumeFlowWorkflows(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        // One line per workflow feature (Ingestion, Screening, …).
        Ingestion.IngestionServiceCollectionExtensions.AddIngestionWorkflow(services);
        Scoring.ScoringServiceCollectionExtensions.AddResumeFlowScoring(services);
        Screening.ScreeningServiceCollectionExtensions.AddScreeningWorkflow(services);
        Batches.BatchWorkflowServiceCollectionExtensions.AddBatchWorkflow(services);
        Analysis.AnalysisServiceCollectionExtensions.AddAnalysisWorkflow(services);
        Calls.CallAnalysisServiceCollectionExtensions.AddCallAnalysisWorkflow(services);
        Erasure.ErasureServiceCollectionExtensions.AddCandidateErasure(services);
        Retention.RetentionServiceCollectionExtensions.AddRetention(services);
        Fairness.FairnessServiceCollectionExtensions.AddSelectionRates(services);
        return services;
    }
}
