using Microsoft.Extensions.Options;

namespace ResumeFlow.Workflows.Ingestion;

/// <summary>
/// Bounds how many CV files are parsed at once in this process (<see cref="IngestionOptions.MaxConcurrentExtractions"/>):
/// a burst of uploads starts as many IngestCv instances, and parsing them all together would hold every
/// file's parse state at once and crowd request handling off the processors. Waiting holds no thread.
/// </summary>
internal sealed class ExtractionGate(IOptions<IngestionOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(options.Value.MaxConcurrentExtractions, options.Value.MaxConcurrentExtractions);

    /// <summary>Slots free right now (for tests and diagnostics).</summary>
    public int Available => _slots.CurrentCount;

    /// <summary>Runs the synchronous, CPU-bound <paramref name="extract"/> once a slot is free.</summary>
    public async Task<T> RunAsync<T>(Func<T> extract, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(extract);
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return extract();
        }
        finally
        {
            _slots.Release();
        }
    }

    public void Dispose() => _slots.Dispose();
}
