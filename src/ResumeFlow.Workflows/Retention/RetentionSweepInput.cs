namespace ResumeFlow.Workflows.Retention;

/// <summary>State of <see cref="RetentionSweepOrchestrator"/> through ContinueAsNew: the interval and how many sweeps ran.</summary>
public sealed record RetentionSweepInput(double IntervalHours, int Sweeps = 0);
