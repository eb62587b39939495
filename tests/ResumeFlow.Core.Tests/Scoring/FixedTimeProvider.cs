namespace ResumeFlow.Core.Tests.Scoring;

/// <summary>A clock stopped at one instant, so recency and "Present" read the same in every run.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
