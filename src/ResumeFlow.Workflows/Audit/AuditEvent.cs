using System.Text.Json.Serialization;

namespace ResumeFlow.Workflows.Audit;

/// <summary>
/// One decision-relevant event (EU AI Act Art. 12 record keeping): what happened, when, by whom, to which
/// screening and candidate, with its facts as strings. Stored once in <c>audit</c> and never changed.
/// </summary>
public sealed record AuditEvent
{
    /// <summary>Deterministic per fact (e.g. <c>scored-{candidate}-{ticks}</c>) so a re-run activity cannot record it twice.</summary>
    [JsonPropertyName("id")]
    public string Id { get; init; } = string.Empty;

    /// <summary>The screening id, or <see cref="AuditPartitions.Erasures"/> / <see cref="AuditPartitions.Retention"/>.</summary>
    [JsonPropertyName("partition")]
    public string Partition { get; init; } = string.Empty;

    public string Kind { get; init; } = string.Empty;

    public DateTimeOffset At { get; init; }

    /// <summary>Who caused it: a reviewer's name, the caller's identity, <c>system</c> for automated steps.</summary>
    public string Actor { get; init; } = AuditActors.System;

    public string? ScreeningId { get; init; }

    public string? CandidateId { get; init; }

    public IReadOnlyDictionary<string, string?> Details { get; init; } = new Dictionary<string, string?>();
}
