namespace ResumeFlow.Workflows.Screening;

/// <summary>How a screening's LLM pass is sent (<see cref="ScreeningOptions.Mode"/>).</summary>
public static class ScreeningModes
{
    /// <summary>Synchronous chat calls through the paced gateway.</summary>
    public const string Chat = "chat";

    /// <summary>The provider's Batch API: half the price, hours of latency, polled on durable timers.</summary>
    public const string Batch = "batch";
}
