namespace ResumeFlow.Workflows.Retention;

/// <summary>What one sweep purged (and the candidates it had to leave because a running orchestration used them).</summary>
public sealed record RetentionSweepResult(DateTimeOffset SweptAt, int Candidates, int CandidatesInUse, int Screenings, int DurableInstances, int BatchFiles);
