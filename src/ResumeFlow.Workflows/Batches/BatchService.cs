using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using ResumeFlow.Llm.Batches;
using ResumeFlow.Storage.Artifacts;
using ResumeFlow.Workflows.Api;

namespace ResumeFlow.Workflows.Batches;

/// <inheritdoc />
internal sealed class BatchService(DurableTaskClient client, IOptions<BatchOptions> options, IArtifactStore artifacts) : IBatchService
{
    private readonly BatchOptions _options = options.Value;

    public Task<string> SubmitAsync(int? batchSize = null, CancellationToken cancellationToken = default)
        => client.ScheduleNewOrchestrationInstanceAsync(nameof(BatchExtractProfilesOrchestrator), Input(batchSize, null), cancellationToken);

    public Task<string> StartContinuousAsync(int numBatches, int? batchSize = null, TimeSpan? checkInterval = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(numBatches);
        return client.ScheduleNewOrchestrationInstanceAsync(nameof(ContinuousBatchOrchestrator), new ContinuousBatchInput(Input(batchSize, checkInterval), numBatches), cancellationToken);
    }

    public async Task<BatchRunStatus?> GetStatusAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        var instance = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, cancellationToken).ConfigureAwait(false);
        return instance is null
            ? null
            : new BatchRunStatus(instanceId, instance.RuntimeStatus.ToString(), instance.ReadCustomStatusAs<BatchProgress>(), instance.SerializedOutput);
    }

    public Task StopAsync(string instanceId, CancellationToken cancellationToken = default)
        => client.RaiseEventAsync(instanceId, ContinuousBatchOrchestrator.StopEvent, "stop", cancellationToken);

    public Task CancelAsync(string instanceId, string reason, CancellationToken cancellationToken = default)
        => client.TerminateInstanceAsync(instanceId, reason, cancellationToken);

    public async Task<BatchCostReportFile> OpenCostReportAsync(string jobId, string format, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(jobId);
        var contentType = format switch
        {
            "json" => "application/json",
            "html" => "text/html",
            _ => throw new ApiException(new ApiError(400, BatchRunErrorCodes.UnknownReportFormat, $"Unknown report format '{format}'; use json or html.")),
        };
        var name = WriteBatchCostReportActivity.Name(jobId, format);
        if (await artifacts.GetInfoAsync(ArtifactContainers.Reports, name, cancellationToken).ConfigureAwait(false) is null)
        {
            throw new ApiException(new ApiError(404, BatchRunErrorCodes.ReportNotFound, $"Batch job '{jobId}' has no cost report (yet); a continuous run writes one per job, '{jobId}-job0001' and on."));
        }

        var content = await artifacts.OpenReadAsync(ArtifactContainers.Reports, name, cancellationToken).ConfigureAwait(false);
        return new BatchCostReportFile(content, contentType, $"cost.{format}");
    }

    private BatchExtractInput Input(int? batchSize, TimeSpan? checkInterval)
    {
        var size = batchSize ?? _options.BatchSize;
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size, nameof(batchSize));
        return new BatchExtractInput(size, checkInterval ?? _options.CheckInterval, _options.MaxResubmissions);
    }
}
