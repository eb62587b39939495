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
        var instances = await RecentInstances.ListAsync(durable, i => i.Name == AnalysisTaskNames.AnalyzeResume, count, withInputsAndOutputs: true, cancellationToken).ConfigureAwait(false);

        var rows = new List<Row>();
        foreach (var instance in instances)
        {
            var names = await AnalysisNames.ForAsync(documents, instance.ReadInputAs<AnalyzeResumeInput>(), cancellationToken).ConfigureAwait(false);
            var score = instance.RuntimeStatus == OrchestrationRuntimeStatus.Completed ? instance.ReadOutputAs<AnalysisSummary>()?.OverallScore : null;
            rows.Add(new Row(instance.InstanceId, instance.RuntimeStatus.ToString(), instance.CreatedAt, names, score));
        }

        return rows;
    }
}
