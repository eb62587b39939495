namespace ResumeFlow.Workflows.Retention;

/// <summary>The Durable names of retention's tasks (the Functions triggers use the same).</summary>
public static class RetentionTaskNames
{
    public const string Sweep = nameof(RetentionSweepOrchestrator);
    public const string PurgeExpired = "PurgeExpiredActivity";
}
