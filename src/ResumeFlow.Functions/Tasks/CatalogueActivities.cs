using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;
using ResumeFlow.Workflows.Catalogue;

namespace ResumeFlow.Functions.Tasks;

/// <summary>
/// Runs a catalogued activity class from its <c>[ActivityTrigger]</c>: the class is created with the
/// invocation's services, exactly as the embedded engine's worker creates it from the registry.
/// (Extension 1.21.1 hosts class-based tasks only through the Microsoft.DurableTask.Generators source
/// generator, which the registry does not serve; so each trigger is one line over this.)
/// </summary>
internal static class CatalogueActivities
{
    private static readonly Dictionary<string, Type> Activities = WorkflowCatalogue.Tasks
        .Where(t => t.Kind == WorkflowTaskKind.Activity)
        .ToDictionary(t => t.Name, t => t.Type, StringComparer.Ordinal);

    public static async Task<TOutput> RunAsync<TOutput>(string name, object? input, FunctionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var activity = (ITaskActivity)ActivatorUtilities.CreateInstance(context.InstanceServices, Activities[name]);
        var instanceId = context.BindingContext.BindingData.TryGetValue("instanceId", out var id) ? id?.ToString() ?? string.Empty : string.Empty;
        var output = await activity.RunAsync(new FunctionsActivityContext(name, instanceId), input).ConfigureAwait(false);
        return (TOutput)output!;
    }
}
