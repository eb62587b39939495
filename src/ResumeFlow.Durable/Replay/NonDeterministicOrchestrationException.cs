namespace ResumeFlow.Durable.Replay;

/// <summary>The orchestrator's code no longer produces the steps recorded in its history.</summary>
public sealed class NonDeterministicOrchestrationException : Exception
{
    public NonDeterministicOrchestrationException()
    {
    }

    public NonDeterministicOrchestrationException(string message)
        : base(message)
    {
    }

    public NonDeterministicOrchestrationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
