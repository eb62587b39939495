using System.Text.Json;
using Microsoft.DurableTask.Client;
using ResumeFlow.Workflows.Batches;

namespace ResumeFlow.Host.Web;

/// <summary>
/// A batch extraction run as the batches pages show it: its Durable status and progress and, once it has finished,
/// the cost report model (<see cref="BatchCostReportInput"/>) built from its output, which the page renders with the
/// same components as the <c>cost.html</c> report file.
/// </summary>
public sealed record BatchRunView(string InstanceId, string Kind, string RuntimeStatus, DateTimeOffset CreatedAt, BatchProgress? Progress, BatchCostReportInput? Cost)
{
    public const string Job = "job";
    public const string Continuous = "continuous";

    private const int MaxListed = 50;

    private static readonly JsonSerializerOptions OutputJson = new(JsonSerializerDefaults.Web);

    public bool IsTerminal => RuntimeStatus is nameof(OrchestrationRuntimeStatus.Completed) or nameof(OrchestrationRuntimeStatus.Failed) or nameof(OrchestrationRuntimeStatus.Terminated);

    /// <summary>The run, or null when no batch run has this id.</summary>
    public static async Task<BatchRunView?> LoadAsync(DurableTaskClient client, string instanceId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var instance = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, cancellationToken).ConfigureAwait(false);
        return instance is not null && KindOf(instance.Name) is { } kind ? From(instance, kind) : null;
    }

    /// <summary>The latest runs started by <c>POST /api/batches</c> (a continuous run's own jobs are shown through it).</summary>
    public static async Task<IReadOnlyList<BatchRunView>> ListAsync(DurableTaskClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var runs = await RecentInstances.ListAsync(client, i => KindOf(i.Name) is not null && !ContinuousBatchJob(i.InstanceId), MaxListed, withInputsAndOutputs: true, cancellationToken).ConfigureAwait(false);
        return [.. runs.Select(i => From(i, KindOf(i.Name)!))];
    }

    private static string? KindOf(string name) => name switch
    {
        nameof(BatchExtractProfilesOrchestrator) => Job,
        nameof(ContinuousBatchOrchestrator) => Continuous,
        _ => null,
    };

    // A continuous run names its jobs "{id}-job0001" and on.
    private static bool ContinuousBatchJob(string instanceId)
    {
        var at = instanceId.LastIndexOf("-job", StringComparison.Ordinal);
        return at > 0 && instanceId.Length > at + 4 && instanceId.AsSpan(at + 4).IndexOfAnyExceptInRange('0', '9') < 0;
    }

    private static BatchRunView From(OrchestrationMetadata instance, string kind)
    {
        BatchProgress? progress = null;
        BatchCostReportInput? cost = null;
        try
        {
            progress = instance.ReadCustomStatusAs<BatchProgress>();
            if (instance.RuntimeStatus == OrchestrationRuntimeStatus.Completed && instance.SerializedOutput is { } output)
            {
                cost = kind == Job
                    ? JsonSerializer.Deserialize<BatchExtractResult>(output, OutputJson) is { } job ? new BatchCostReportInput(job.JobId, job.Tally, job.Files) : null
                    : JsonSerializer.Deserialize<ContinuousBatchResult>(output, OutputJson) is { } run ? new BatchCostReportInput(instance.InstanceId, run.Total, []) : null;
            }
        }
        catch (JsonException)
        {
            // A run written by another version: the page still lists it, without figures.
        }

        return new BatchRunView(instance.InstanceId, kind, instance.RuntimeStatus.ToString(), instance.CreatedAt, progress, cost);
    }
}
