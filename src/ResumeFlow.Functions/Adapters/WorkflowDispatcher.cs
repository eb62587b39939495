using System.Text.Json;
using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;
using ResumeFlow.Orchestration;

namespace ResumeFlow.Functions.Adapters;

/// <summary>
/// Runs a registered orchestrator or activity by name, so each <c>[Function]</c> is one line and the
/// Functions app never sees the workflows' internal types. The registrations are the same ones the
/// embedded engine runs (<see cref="TaskRegistration"/>).
/// </summary>
public sealed class WorkflowDispatcher(IServiceProvider services, IEnumerable<TaskRegistration> registrations)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly Dictionary<string, TaskRegistration> _byName = registrations.ToDictionary(r => r.Name, StringComparer.Ordinal);

    public Task<object?> RunOrchestratorAsync(string name, TaskOrchestrationContext context)
    {
        var orchestrator = (IOrchestrator)services.GetRequiredService(Find(name, TaskKind.Orchestrator));
        var input = context.GetInput<JsonElement?>() is { } raw ? raw.Deserialize(orchestrator.InputType, Json) : null;
        return orchestrator.RunAsync(new DurableOrchestrationContextAdapter(context), input);
    }

    public async Task<object?> RunActivityAsync(string name, JsonElement? input, string instanceId, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var activity = (IActivity)scope.ServiceProvider.GetRequiredService(Find(name, TaskKind.Activity));
        var typedInput = input?.Deserialize(activity.InputType, Json);
        return await activity.RunAsync(new ActivityContext(name, instanceId), typedInput, cancellationToken).ConfigureAwait(false);
    }

    private Type Find(string name, TaskKind kind)
        => _byName.TryGetValue(name, out var registration) && registration.Kind == kind
            ? registration.ImplementationType
            : throw new InvalidOperationException($"No {kind} named '{name}' is registered.");
}
