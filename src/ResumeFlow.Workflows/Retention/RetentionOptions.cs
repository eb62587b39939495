using System.ComponentModel.DataAnnotations;

namespace ResumeFlow.Workflows.Retention;

/// <summary>
/// How long each kind of data is kept (<c>Retention</c> section); a kind left unset is kept until erased. Ages count
/// from ingestion (CVs), completion (screenings, Durable instances) or last write (batch files).
/// </summary>
public sealed class RetentionOptions
{
    public const string SectionName = "Retention";

    /// <summary>Uploaded CVs with everything derived from them (text, profile, results): erased as on request.</summary>
    [Range(1, 36500)]
    public int? CvDays { get; set; }

    /// <summary>Completed screenings: their documents, results, reviews and reports (the audit trail stays).</summary>
    [Range(1, 36500)]
    public int? ScreeningDays { get; set; }

    /// <summary>Durable instances (inputs, outputs, history) after they completed, failed or were terminated.</summary>
    [Range(1, 36500)]
    public int? DurableHistoryDays { get; set; }

    /// <summary>Local copies of the provider's batch input and output files.</summary>
    [Range(1, 36500)]
    public int? BatchFileDays { get; set; }

    /// <summary>Hours between sweeps of the eternal retention orchestration.</summary>
    [Range(0.0003, 8784)]
    public double SweepIntervalHours { get; set; } = 24;

    public bool Enabled => CvDays is not null || ScreeningDays is not null || DurableHistoryDays is not null || BatchFileDays is not null;
}
