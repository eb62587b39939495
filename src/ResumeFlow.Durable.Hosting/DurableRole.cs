namespace ResumeFlow.Durable.Hosting;

/// <summary>Which halves of the Durable Task SDK a process runs (<c>Durable:Role</c>).</summary>
public enum DurableRole
{
    /// <summary>Worker and client in one process (the default; the only role the embedded engine supports).</summary>
    All,

    /// <summary>Client only: starts and manages instances that workers elsewhere run.</summary>
    Front,

    /// <summary>Worker only: runs orchestrations and activities, serves no data routes.</summary>
    Worker,
}
