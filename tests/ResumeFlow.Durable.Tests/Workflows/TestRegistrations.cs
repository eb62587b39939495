using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ResumeFlow.Orchestration;

namespace ResumeFlow.Durable.Tests.Workflows;

internal static class TestRegistrations
{
    /// <summary>Registers every test orchestrator and activity; <paramref name="log"/> and <paramref name="version"/> may be shared between hosts.</summary>
    public static void AddTestWorkflows(this IServiceCollection services, ExecutionLog? log = null, CodeVersion? version = null)
    {
        services.TryAddSingleton(log ?? new ExecutionLog());
        services.TryAddSingleton(version ?? new CodeVersion());
        services.AddActivity<Greet>();
        services.AddActivity<Square>();
        services.AddActivity<Flaky>();
        services.AddOrchestrator<Sequence>();
        services.AddOrchestrator<FanOut>();
        services.AddOrchestrator<RetryingCall>();
        services.AddOrchestrator<Unhandled>();
        services.AddOrchestrator<Parent>();
        services.AddOrchestrator<FailingParent>();
        services.AddOrchestrator<StatusReporter>();
        services.AddOrchestrator<Deterministic>();
        services.AddOrchestrator<EventCollector>();
        services.AddOrchestrator<DelayedEventReader>();
        services.AddOrchestrator<Sleeper>();
        services.AddOrchestrator<EventWithTimeout>();
        services.AddOrchestrator<Counter>();
        services.AddOrchestrator<Waiter>();
        services.AddOrchestrator<Evolving>();
    }
}
