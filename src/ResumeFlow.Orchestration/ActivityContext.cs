namespace ResumeFlow.Orchestration;

/// <summary>What an activity knows about its invocation (<c>Microsoft.DurableTask.TaskActivityContext</c>).</summary>
public sealed record ActivityContext(string Name, string InstanceId, int Attempt = 1);
