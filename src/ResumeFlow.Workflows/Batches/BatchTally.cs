namespace ResumeFlow.Workflows.Batches;

/// <summary>
/// Running totals of one batch, one job or a continuous run: lines done, failed and resubmitted, billed tokens,
/// and cost at the batch price beside what the standard API would have charged (null when the model's price is unknown).
/// </summary>
public sealed record BatchTally(
    string Model,
    int Batches = 0,
    int Lines = 0,
    int Done = 0,
    int Failed = 0,
    int Resubmitted = 0,
    int InvalidReplies = 0,
    long InputTokens = 0,
    long CachedInputTokens = 0,
    long OutputTokens = 0,
    decimal? BatchCostUsd = 0,
    decimal? StandardCostUsd = 0)
{
    public static BatchTally Empty(string model) => new(model);

    /// <summary>Standard cost minus batch cost; null when either is unknown.</summary>
    public decimal? SavingUsd => StandardCostUsd - BatchCostUsd;

    public BatchTally Add(BatchTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(
            Model,
            Batches + other.Batches,
            Lines + other.Lines,
            Done + other.Done,
            Failed + other.Failed,
            Resubmitted + other.Resubmitted,
            InvalidReplies + other.InvalidReplies,
            InputTokens + other.InputTokens,
            CachedInputTokens + other.CachedInputTokens,
            OutputTokens + other.OutputTokens,
            BatchCostUsd + other.BatchCostUsd,
            StandardCostUsd + other.StandardCostUsd);
    }
}
