using Microsoft.Azure.Functions.Worker;

namespace ResumeFlow.Functions.Tests.Http;

/// <summary>
/// The one invocation object the Functions host would hand a trigger. The host itself cannot run here
/// (Core Tools are not installable), so the triggers are called directly with this context.
/// </summary>
internal sealed class InvocationContext(IServiceProvider services) : FunctionContext
{
    public override string InvocationId { get; } = Guid.NewGuid().ToString("N");

    public override string FunctionId => "test";

    public override TraceContext TraceContext => throw new NotSupportedException();

    public override BindingContext BindingContext => throw new NotSupportedException();

    public override RetryContext RetryContext => throw new NotSupportedException();

    public override IServiceProvider InstanceServices { get; set; } = services;

    public override FunctionDefinition FunctionDefinition => throw new NotSupportedException();

    public override IDictionary<object, object> Items { get; set; } = new Dictionary<object, object>();

    public override IInvocationFeatures Features => throw new NotSupportedException();
}
