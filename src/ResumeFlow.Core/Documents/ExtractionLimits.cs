namespace ResumeFlow.Core.Documents;

/// <summary>Limits that protect extraction from oversized or hostile files.</summary>
/// <param name="MaxFileBytes">Largest accepted file (default 20 MB).</param>
/// <param name="MaxUnpackedBytes">Largest total uncompressed size of a DOCX package (default 100 MB): a zip bomb guard.</param>
/// <param name="MaxPages">Pages read from a PDF; later pages are skipped with a warning.</param>
/// <param name="MaxRepairBytes">
/// Largest PDF without a cross-reference trailer near its end that is still repaired by scanning the whole file
/// (default 5 MB): the scan of a large broken file costs several times its size in memory.
/// </param>
public sealed record ExtractionLimits(
    long MaxFileBytes = ExtractionLimits.DefaultMaxFileBytes,
    long MaxUnpackedBytes = ExtractionLimits.DefaultMaxUnpackedBytes,
    int MaxPages = ExtractionLimits.DefaultMaxPages,
    long MaxRepairBytes = ExtractionLimits.DefaultMaxRepairBytes)
{
    public const long DefaultMaxRepairBytes = 5L * 1024 * 1024;

    public const long DefaultMaxFileBytes = 20L * 1024 * 1024;
    public const long DefaultMaxUnpackedBytes = 100L * 1024 * 1024;
    public const int DefaultMaxPages = 50;

    public static ExtractionLimits Default { get; } = new();
}
