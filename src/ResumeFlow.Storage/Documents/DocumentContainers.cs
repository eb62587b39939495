namespace ResumeFlow.Storage.Documents;

/// <summary>The document containers of DESIGN §6 and their partition key paths.</summary>
public static class DocumentContainers
{
    /// <summary>Ingested candidates; partition key <c>/id</c> (the content hash).</summary>
    public const string Candidates = "candidates";

    /// <summary>Analysed job descriptions; partition key <c>/id</c>.</summary>
    public const string Jobs = "jobs";

    /// <summary>A screening and its per-candidate results; partition key <c>/screeningId</c>.</summary>
    public const string Screenings = "screenings";

    /// <summary>
    /// Secondary indexes kept up to date on write (e.g. extraction state per candidate); partition key
    /// <c>/partition</c>, one partition per index, so lookups are single-partition reads (the Cosmos emulator
    /// rejects cross-partition queries).
    /// </summary>
    public const string Indexes = "indexes";

    /// <summary>
    /// The append-only audit trail; partition key <c>/partition</c> (a screening id, or a log such as
    /// <c>erasures</c>), so one screening's trail is one single-partition read.
    /// </summary>
    public const string Audit = "audit";

    public static IReadOnlyList<string> All { get; } = [Candidates, Jobs, Screenings, Indexes, Audit];

    public static string PartitionKeyPath(string container) => container switch
    {
        Screenings => "/screeningId",
        Candidates or Jobs => "/id",
        Indexes or Audit => "/partition",
        _ => throw new ArgumentOutOfRangeException(nameof(container), container, "Unknown document container."),
    };
}
