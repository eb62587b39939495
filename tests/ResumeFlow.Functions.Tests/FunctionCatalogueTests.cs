using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using ResumeFlow.Functions.Ingestion;
using ResumeFlow.Workflows.Catalogue;

namespace ResumeFlow.Functions.Tests;

/// <summary>Every catalogued task has its trigger in the Functions app, and no trigger names a task that is not catalogued.</summary>
public sealed class FunctionCatalogueTests
{
    private static readonly IReadOnlyList<(string Name, Type? Trigger)> Functions = typeof(IngestionFunctions).Assembly
        .GetTypes()
        .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
        .Select(m => (Method: m, Attribute: m.GetCustomAttribute<FunctionAttribute>()))
        .Where(x => x.Attribute is not null)
        .Select(x => (x.Attribute!.Name, TriggerOf(x.Method)))
        .ToList();

    [Fact]
    public void Every_catalogued_task_has_a_function_of_the_same_name_with_the_right_trigger()
    {
        foreach (var task in WorkflowCatalogue.Tasks)
        {
            var expected = task.Kind == WorkflowTaskKind.Orchestrator ? typeof(OrchestrationTriggerAttribute) : typeof(ActivityTriggerAttribute);
            var matches = Functions.Where(f => f.Name == task.Name).ToList();
            Assert.True(matches.Count == 1, $"catalogued {task.Kind} '{task.Name}' has {matches.Count} [Function]s");
            Assert.Equal(expected, matches[0].Trigger);
        }
    }

    [Fact]
    public void Every_orchestration_or_activity_function_names_a_catalogued_task()
    {
        var catalogued = WorkflowCatalogue.Tasks.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        var durable = Functions.Where(f => f.Trigger == typeof(OrchestrationTriggerAttribute) || f.Trigger == typeof(ActivityTriggerAttribute));
        Assert.All(durable, f => Assert.Contains(f.Name, catalogued));
    }

    [Fact]
    public void Function_names_are_unique()
        => Assert.Equal(Functions.Count, Functions.Select(f => f.Name).Distinct(StringComparer.Ordinal).Count());

    private static Type? TriggerOf(MethodInfo method) => method.GetParameters()
        .SelectMany(p => p.GetCustomAttributes())
        .Select(a => a.GetType())
        .FirstOrDefault(t => t.Name.EndsWith("TriggerAttribute", StringComparison.Ordinal));
}
