using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace ResumeFlow.Workflows.Ingestion;

/// <summary>
/// Bounds CV parsing in this process: at most <see cref="IngestionOptions.MaxConcurrentExtractions"/>
/// files at once, and a file of <see cref="IngestionOptions.LargeFileBytes"/> or more alone. A burst of
/// uploads starts as many IngestCv instances; parsing them all together would hold every file's parse
/// state at once and crowd request handling off the processors. Waiting holds no thread, and the
/// queue is first come, first served, so a large file is not passed over by small ones forever.
/// </summary>
internal sealed class ExtractionGate : IDisposable
{
    private readonly ConcurrencyLimiter _slots;
    private readonly int _limit;
    private readonly long _largeFileBytes;

    public ExtractionGate(IOptions<IngestionOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _limit = options.Value.MaxConcurrentExtractions;
        _largeFileBytes = options.Value.LargeFileBytes;
        _slots = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = _limit,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    /// <summary>Slots free right now (for tests and diagnostics).</summary>
    public long Available => _slots.GetStatistics()?.CurrentAvailablePermits ?? 0;

    /// <summary>Runs the synchronous, CPU-bound <paramref name="extract"/> of a file of <paramref name="fileBytes"/> once its slots are free.</summary>
    public async Task<T> RunAsync<T>(long fileBytes, Func<T> extract, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(extract);
        using var lease = await _slots.AcquireAsync(fileBytes >= _largeFileBytes ? _limit : 1, cancellationToken).ConfigureAwait(false);
        if (!lease.IsAcquired)
        {
            // Only when the limiter is disposed (host shutdown): the attempt runs again after restart.
            throw new OperationCanceledException("The extraction gate is closed.");
        }

        return extract();
    }

    public void Dispose() => _slots.Dispose();
}
