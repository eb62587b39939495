using System.ComponentModel.DataAnnotations;
using ResumeFlow.Core.Documents;

namespace ResumeFlow.Workflows.Ingestion;

/// <summary>Limits and behaviour of CV ingestion (configuration section <c>Ingestion</c>).</summary>
public sealed class IngestionOptions
{
    public const string SectionName = "Ingestion";

    /// <summary>Largest accepted CV file (default 20 MB); larger uploads are kept but fail with file_too_large.</summary>
    [Range(1, long.MaxValue)]
    public long MaxFileBytes { get; set; } = ExtractionLimits.DefaultMaxFileBytes;

    /// <summary>Largest total unpacked size of a DOCX (default 100 MB); more fails with archive_too_large.</summary>
    [Range(1, long.MaxValue)]
    public long MaxUnpackedBytes { get; set; } = ExtractionLimits.DefaultMaxUnpackedBytes;

    /// <summary>Largest upload read at all (default 100 MB); see <see cref="UploadLimit"/>.</summary>
    [Range(1, long.MaxValue)]
    public long MaxUploadBytes { get; set; } = 100L * 1024 * 1024;

    /// <summary>
    /// The limit enforced while an upload arrives: the smaller of <see cref="MaxUploadBytes"/> and
    /// <see cref="MaxFileBytes"/>, so nothing that could never be ingested is stored.
    /// </summary>
    public long UploadLimit => Math.Min(MaxUploadBytes, MaxFileBytes);

    /// <summary>PDF pages read per CV.</summary>
    [Range(1, 1000)]
    public int MaxPages { get; set; } = ExtractionLimits.DefaultMaxPages;

    /// <summary>
    /// Files parsed at the same time in this process (default: one per processor). Parsing is CPU-bound
    /// and holds a file's parse state, so more at once only adds memory and steals CPU from request
    /// handling; the rest wait their turn without holding a thread.
    /// </summary>
    [Range(1, 1024)]
    public int MaxConcurrentExtractions { get; set; } = Environment.ProcessorCount;

    /// <summary>
    /// Files of this size or more (default 5 MB; a typical CV is well under 1 MB) are parsed alone,
    /// taking every extraction slot: a hostile 20 MB PDF makes PdfPig allocate some 80 MB, and a few of
    /// them at once would multiply that.
    /// </summary>
    [Range(1, long.MaxValue)]
    public long LargeFileBytes { get; set; } = 5L * 1024 * 1024;

    /// <summary>Attempts per activity on transient (storage) errors.</summary>
    [Range(1, 20)]
    public int MaxAttempts { get; set; } = 4;

    /// <summary>Use the LLM gateway for the structured profile when one is configured (validated, deterministic fallback).</summary>
    public bool UseLlmProfile { get; set; } = true;

    /// <summary>Container of the blob-trigger receipts (as the Functions host's <c>azure-webjobs-hosts</c>).</summary>
    [Required]
    [RegularExpression("^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){2,62}$")]
    public string ReceiptsContainer { get; set; } = "azure-webjobs-hosts";

    /// <summary>The host identity receipts are kept under, so two hosts sharing storage keep separate receipts if they must.</summary>
    [Required]
    [RegularExpression("^[A-Za-z0-9-]{1,64}$")]
    public string HostId { get; set; } = "resumeflow";

    public ExtractionLimits ToLimits() => new(MaxFileBytes, MaxUnpackedBytes, MaxPages);
}
