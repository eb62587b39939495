namespace ResumeFlow.Workflows.Audit;

/// <summary>Actors that are not people.</summary>
public static class AuditActors
{
    /// <summary>An automated step (scoring, retention).</summary>
    public const string System = "system";

    /// <summary>A caller authenticated with the host's shared key: no person is known.</summary>
    public const string ApiKey = "api-key";
}
