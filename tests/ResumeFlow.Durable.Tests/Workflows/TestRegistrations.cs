using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ResumeFlow.Durable.Tests.Workflows;

internal static class TestRegistrations
{
    /// <summary>Registers every test orchestrator and activity.</summary>
    public static void AddTestWorkflows(this DurableTaskRegistry tasks)
    {
        tasks.AddActivity<Greet>();
        tasks.AddActivity<Square>();
        tasks.AddActivity<Flaky>();
        tasks.AddOrchestrator<Sequence>();
        tasks.AddOrchestrator<FanOut>();
        tasks.AddOrchestrator<RetryingCall>();
        tasks.AddOrchestrator<Unhandled>();
        tasks.AddOrchestrator<Parent>();
        tasks.AddOrchestrator<FailingParent>();
        tasks.AddOrchestrator<StatusReporter>();
        tasks.AddOrchestrator<Deterministic>();
        tasks.AddOrchestrator<EventCollector>();
        tasks.AddOrchestrator<DelayedEventReader>();
        tasks.AddOrchestrator<Sleeper>();
        tasks.AddOrchestrator<EventWithTimeout>();
        tasks.AddOrchestrator<Counter>();
        tasks.AddOrchestrator<Waiter>();
        tasks.AddOrchestrator<Evolving>();
        tasks.AddOrchestrator<Messenger>();
        tasks.AddOrchestrator<ParentOfReporter>();
        tasks.AddOrchestrator<ParentReporter>();
        tasks.AddOrchestrator<HandlerRetry>();
        tasks.AddOrchestrator<NeedsService>();
    }

    /// <summary>The activities' dependencies; <paramref name="log"/> may be shared between hosts.</summary>
    public static void AddTestServices(this IServiceCollection services, ExecutionLog? log = null)
        => services.TryAddSingleton(log ?? new ExecutionLog());
}
