using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ResumeFlow.Llm.Batches;

using ResumeFlow.Workflows.Catalogue;

namespace ResumeFlow.Workflows.Batches;

public static class BatchWorkflowServiceCollectionExtensions
{
    /// <summary>
    /// Registers the batch workflow's services: the Batch API client (<see cref="BatchServiceCollectionExtensions.AddResumeFlowBatchApi"/>),
    /// the extraction-state index, the profile store and <see cref="IBatchService"/> (needs a DurableTaskClient). The
    /// tasks themselves go into the worker's registry through <see cref="BatchTasks"/> in the catalogue. Storage must be added too.
    /// </summary>
    public static IServiceCollection AddBatchWorkflow(this IServiceCollection services, Action<BatchOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddWorkflowDataConverter();
        services.AddResumeFlowBatchApi(configure);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ExtractionIndex>();
        services.TryAddSingleton<BatchProfileStore>();
        services.TryAddSingleton<IBatchService, BatchService>();
        return services;
    }
}
