using Microsoft.DurableTask.Client;
using ResumeFlow.Storage.Documents;
using ResumeFlow.Workflows.Analysis;

namespace ResumeFlow.Host.Web;

/// <summary>The analyses list: the most recent AnalyzeResume instances with their candidate, job, status and score.</summary>
internal static class AnalysisListing
{
    /// <summary>One row of the list; <see cref="Score"/> is null until the analysis has completed.</summary>
    public sealed record Row(string AnalysisId, string RuntimeStatus, DateTimeOffset CreatedAt, AnalysisNames? Names, double? Score);

    public static async Task<IReadOnlyList<Row>> RecentAsync(DurableTaskClient durable, IDocumentStore documents, int count, CancellationToken cancellationToken)
    {
        var instances = new List<OrchestrationMetadata>();
        var query = new OrchestrationQuery { PageSize = 100, FetchInputsAndOutputs = true };
        await foreach (var instance in durable.GetAllInstancesAsync(query).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (instance.Name == AnalysisTaskNames.AnalyzeResume)
            {
                instances.Add(instance);
            }
        }

        var rows = new List<Row>();
        foreach (var instance in instances.OrderByDescending(i => i.CreatedAt).Take(count))
        {
            var names = await AnalysisNames.ForAsync(documents, instance.ReadInputAs<AnalyzeResumeInput>(), cancellationToken).ConfigureAwait(false);
            var score = instance.RuntimeStatus == OrchestrationRuntimeStatus.Completed ? instance.ReadOutputAs<AnalysisSummary>()?.OverallScore : null;
            rows.Add(new Row(instance.InstanceId, instance.RuntimeStatus.ToString(), instance.CreatedAt, names, score));
        }

        return rows;
    }
}
