namespace ResumeFlow.Workflows.Batches;

/// <summary>Starts, watches and stops batch extraction runs (the CLI's <c>resumeflow batch</c> and <c>POST /api/batches</c> sit on this).</summary>
public interface IBatchService
{
    /// <summary>Starts one job over up to <paramref name="batchSize"/> candidates (default <c>Batch:BatchSize</c>); returns the instance id.</summary>
    Task<string> SubmitAsync(int? batchSize = null, CancellationToken cancellationToken = default);

    /// <summary>Starts continuous mode: up to <paramref name="numBatches"/> jobs one after another.</summary>
    Task<string> StartContinuousAsync(int numBatches, int? batchSize = null, TimeSpan? checkInterval = null, CancellationToken cancellationToken = default);

    Task<BatchRunStatus?> GetStatusAsync(string instanceId, CancellationToken cancellationToken = default);

    /// <summary>Asks a continuous run to stop after its running job.</summary>
    Task StopAsync(string instanceId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Opens the cost report (<paramref name="format"/> json or html) of a finished job (a submitted run's id, or a
    /// continuous run's job id <c>{id}-job0001</c>). Throws an <see cref="Api.ApiException"/> with a
    /// <see cref="BatchRunErrorCodes"/> code when the format is unknown or the report is not written yet.
    /// </summary>
    Task<BatchCostReportFile> OpenCostReportAsync(string jobId, string format, CancellationToken cancellationToken = default);

    /// <summary>Ends a run at once (terminate); batches already at the provider keep running there.</summary>
    Task CancelAsync(string instanceId, string reason, CancellationToken cancellationToken = default);
}
