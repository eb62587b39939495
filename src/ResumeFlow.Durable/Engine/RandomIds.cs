namespace ResumeFlow.Durable.Engine;

/// <summary>Random ids for new instances and executions: client and engine side, never inside replay.</summary>
internal static class RandomIds
{
#pragma warning disable RS0030 // Banned for replay code; ids chosen once at scheduling time are the legitimate use.
    public static string New() => Guid.NewGuid().ToString("N");
#pragma warning restore RS0030
}
