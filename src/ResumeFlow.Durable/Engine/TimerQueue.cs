namespace ResumeFlow.Durable.Engine;

/// <summary>
/// Durable timers (and delayed starts) in memory: the rows are in the inbox table, so a restart
/// reloads them; this only waits, on the injected <see cref="TimeProvider"/>, until each is due.
/// </summary>
internal sealed class TimerQueue(TimeProvider timeProvider, Action<EngineMessage> fire)
{
    private readonly PriorityQueue<EngineMessage, DateTime> _queue = new();
    private readonly Lock _lock = new();
    private TaskCompletionSource _wake = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _queue.Count;
            }
        }
    }

    public void Add(EngineMessage message, DateTime fireAt)
    {
        lock (_lock)
        {
            _queue.Enqueue(message, fireAt);
            _wake.TrySetResult();
        }
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            Task wake;
            TimeSpan delay;
            var due = new List<EngineMessage>();
            lock (_lock)
            {
                var now = timeProvider.GetUtcNow().UtcDateTime;
                while (_queue.TryPeek(out var message, out var fireAt) && fireAt <= now)
                {
                    _queue.Dequeue();
                    due.Add(message);
                }

                delay = _queue.TryPeek(out _, out var next) ? next - now : Timeout.InfiniteTimeSpan;
                if (_wake.Task.IsCompleted)
                {
                    _wake = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                }

                wake = _wake.Task;
            }

            foreach (var message in due)
            {
                fire(message);
            }

            using var delayCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var delayTask = delay == Timeout.InfiniteTimeSpan
                ? Task.Delay(Timeout.Infinite, delayCancellation.Token)
                : Task.Delay(delay < TimeSpan.Zero ? TimeSpan.Zero : delay, timeProvider, delayCancellation.Token);
            await Task.WhenAny(wake, delayTask).ConfigureAwait(false);
            await delayCancellation.CancelAsync().ConfigureAwait(false);
        }
    }
}
