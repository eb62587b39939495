using ResumeFlow.Durable.DependencyInjection;

namespace ResumeFlow.Testing.Durable;

/// <summary>Optional settings for <see cref="DurableTestHost"/>.</summary>
public sealed record DurableTestHostOptions
{
    /// <summary>
    /// A database file to use (and keep) instead of a fresh temporary one: start a second host on the
    /// same file to test what survives a restart.
    /// </summary>
    public string? DatabasePath { get; init; }

    /// <summary>The engine's clock (e.g. a FakeTimeProvider); the system clock when null.</summary>
    public TimeProvider? TimeProvider { get; init; }

    /// <summary>Further engine settings (concurrency, cache size).</summary>
    public Action<DurableEngineOptions>? ConfigureEngine { get; init; }

    /// <summary>Which executor runs the orchestrations; the embedded engine unless a shared test asks for another.</summary>
    public OrchestrationExecutor Executor { get; init; } = OrchestrationExecutor.Embedded;
}
