namespace ResumeFlow.Orchestration;

/// <summary>Whether a registration is an orchestrator or an activity.</summary>
public enum TaskKind
{
    Orchestrator,
    Activity,
}

/// <summary>One orchestrator or activity the engine can run, registered by name.</summary>
public sealed record TaskRegistration(string Name, TaskKind Kind, Type ImplementationType);
