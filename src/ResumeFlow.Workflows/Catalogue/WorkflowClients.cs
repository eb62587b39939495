using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using ResumeFlow.Workflows.Analysis;
using ResumeFlow.Workflows.Batches;
using ResumeFlow.Workflows.Calls;
using ResumeFlow.Workflows.Erasure;
using ResumeFlow.Workflows.Ingestion;
using ResumeFlow.Workflows.Review;
using ResumeFlow.Workflows.Screening;

namespace ResumeFlow.Workflows.Catalogue;

/// <summary>
/// The workflows' services over a given <see cref="DurableTaskClient"/>. Hosts register one client in
/// DI and resolve the services directly; the Functions app gets its client from the
/// <c>[DurableClient]</c> binding of each invocation and builds the service around it here.
/// </summary>
public static class WorkflowClients
{
    public static IScreeningService Screening(IServiceProvider services, DurableTaskClient client)
        => ActivatorUtilities.CreateInstance<ScreeningService>(services, client);

    public static IAnalysisService Analyses(IServiceProvider services, DurableTaskClient client)
        => ActivatorUtilities.CreateInstance<AnalysisService>(services, client);

    public static ICallAnalysisService CallAnalyses(IServiceProvider services, DurableTaskClient client)
        => ActivatorUtilities.CreateInstance<CallAnalysisService>(services, client);

    public static IBatchService Batches(IServiceProvider services, DurableTaskClient client)
        => ActivatorUtilities.CreateInstance<BatchService>(services, client);

    public static IReviewService Reviews(IServiceProvider services, DurableTaskClient client)
        => ActivatorUtilities.CreateInstance<ReviewService>(services, client);

    public static ICandidateErasure Erasure(IServiceProvider services, DurableTaskClient client)
        => ActivatorUtilities.CreateInstance<CandidateErasure>(services, client);

    public static ICvIngestionService Ingestion(IServiceProvider services, DurableTaskClient client)
        => ActivatorUtilities.CreateInstance<CvIngestionService>(services, client);
}
