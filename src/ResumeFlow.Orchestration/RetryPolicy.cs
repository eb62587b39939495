namespace ResumeFlow.Orchestration;

/// <summary>
/// Durable's retry policy (<c>Microsoft.DurableTask.RetryPolicy</c>): the delay before retry n is
/// <c>min(FirstRetryInterval * BackoffCoefficient^(n-1), MaxRetryInterval)</c>, and no retry is
/// started once <see cref="RetryTimeout"/> has passed since the first attempt.
/// </summary>
public sealed record RetryPolicy
{
    public RetryPolicy(
        int maxNumberOfAttempts,
        TimeSpan firstRetryInterval,
        double backoffCoefficient = 1.0,
        TimeSpan? maxRetryInterval = null,
        TimeSpan? retryTimeout = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxNumberOfAttempts, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(firstRetryInterval, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(backoffCoefficient, 1.0);
        MaxNumberOfAttempts = maxNumberOfAttempts;
        FirstRetryInterval = firstRetryInterval;
        BackoffCoefficient = backoffCoefficient;
        MaxRetryInterval = maxRetryInterval ?? TimeSpan.FromHours(1);
        RetryTimeout = retryTimeout ?? Timeout.InfiniteTimeSpan;
    }

    public int MaxNumberOfAttempts { get; }

    public TimeSpan FirstRetryInterval { get; }

    public double BackoffCoefficient { get; }

    public TimeSpan MaxRetryInterval { get; }

    /// <summary><see cref="Timeout.InfiniteTimeSpan"/> means no overall limit.</summary>
    public TimeSpan RetryTimeout { get; }

    /// <summary>The delay before the given retry (1 = the first retry).</summary>
    public TimeSpan DelayBeforeRetry(int retryNumber)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(retryNumber, 1);
        var ms = FirstRetryInterval.TotalMilliseconds * Math.Pow(BackoffCoefficient, retryNumber - 1);
        return TimeSpan.FromMilliseconds(Math.Min(ms, MaxRetryInterval.TotalMilliseconds));
    }
}
