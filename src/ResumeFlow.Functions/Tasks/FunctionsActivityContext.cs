using Microsoft.DurableTask;

namespace ResumeFlow.Functions.Tasks;

/// <summary>The SDK's activity context for a task run from an <c>[ActivityTrigger]</c>, which binds only the input.</summary>
internal sealed class FunctionsActivityContext(TaskName name, string instanceId) : TaskActivityContext
{
    public override TaskName Name { get; } = name;

    public override string InstanceId { get; } = instanceId;
}
