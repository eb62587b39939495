namespace ResumeFlow.Workflows.Batches;

/// <summary>
/// State of <see cref="BatchFileOrchestrator"/>, carried through ContinueAsNew: the file being run, the resubmission
/// round, the batch once created, polls so far in this generation, totals of earlier rounds, and, for a screening's LLM
/// pass, the screening its answers are scores of (profile extraction otherwise).
/// </summary>
public sealed record BatchFileInput(
    string JobId,
    int Part,
    string Artifact,
    TimeSpan CheckInterval,
    int MaxResubmissions,
    int Round = 0,
    string? BatchId = null,
    BatchTally? Tally = null,
    ScreeningBatchTarget? Screening = null)
{
    /// <summary>The id the file and the batch of this round carry, so a re-run finds them instead of creating new ones.</summary>
    public string LookupId => FormattableString.Invariant($"{JobId}-p{Part:D3}-r{Round}");
}
