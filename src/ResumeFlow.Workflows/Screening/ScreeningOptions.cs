using System.ComponentModel.DataAnnotations;

namespace ResumeFlow.Workflows.Screening;

/// <summary>
/// How one screening runs. Part of the orchestration input, so everything here is resolved before
/// the start (e.g. <see cref="UseLlm"/> is false when no LLM is configured) and replays identically.
/// </summary>
public sealed record ScreeningOptions
{
    public const int DefaultChunkSize = 50;

    /// <summary>Candidates per sub-orchestration.</summary>
    [Range(1, 1000)]
    public int ChunkSize { get; init; } = DefaultChunkSize;

    /// <summary>Minimum final score (0–100) to pass; a knocked-out candidate (missing must-have) never passes.</summary>
    [Range(0, 100)]
    public double Threshold { get; init; } = 50;

    /// <summary>Re-score with the LLM (when one is configured and this is true).</summary>
    public bool UseLlm { get; init; } = true;

    /// <summary>
    /// Pre-filter: only the best K by deterministic score go to the LLM (a second pass after every
    /// deterministic score); null means no limit, and then each admitted candidate goes to the LLM right
    /// after its own deterministic score, in the same pass.
    /// </summary>
    [Range(0, int.MaxValue)]
    public int? LlmTopK { get; init; } = 20;

    /// <summary>Pre-filter: only candidates at or above this deterministic score go to the LLM; null means no floor.</summary>
    [Range(0, 100)]
    public double? LlmMinScore { get; init; }

    /// <summary>Rows in the HTML report's top-N table (the JSON and CSV reports hold every candidate).</summary>
    [Range(1, 1000)]
    public int ReportTopN { get; init; } = 25;

    /// <summary>
    /// Automated rejections count as provisional (<c>pending_review</c>) until a person confirms or overrides
    /// them: no candidate is turned down by the software alone (EU AI Act Art. 14 human oversight).
    /// </summary>
    public bool ProvisionalRejections { get; init; }

    /// <summary>Attempts per scoring activity (Durable retry policy) before the candidate is recorded as failed.</summary>
    [Range(1, 10)]
    public int MaxAttempts { get; init; } = 3;

    /// <summary>
    /// How the LLM pass is sent: <c>chat</c> (synchronous calls, minutes) or <c>batch</c> (the provider's Batch API at
    /// half the price, polled on durable timers; hours). Results, report and ranking are the same.
    /// </summary>
    [RegularExpression("^(chat|batch)$", ErrorMessage = "mode is chat or batch.")]
    public string Mode { get; init; } = ScreeningModes.Chat;

    /// <summary>
    /// Cap on the LLM pass's cost in USD. Before any LLM call the orchestration estimates each selected candidate's
    /// cost (tokens × the model's price) and keeps the best candidates whose estimates fit; the rest keep their
    /// deterministic score. A cap with a model of unknown price is refused (<c>price_unknown</c>). Null = no cap.
    /// </summary>
    [Range(0, 1_000_000)]
    public decimal? BudgetUsd { get; init; }

    [Range(0.001, 3600)]
    public double FirstRetrySeconds { get; init; } = 1;

    /// <summary>
    /// Blind screening: every scorer (deterministic and LLM) sees the CV with name, contact details, photo references,
    /// age, gender markers and nationality redacted (<see cref="Core.Privacy.BlindCvRedactor"/>). Left out of the JSON
    /// when false, so the ids of screenings started before it existed stay the same.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
    public bool Blind { get; init; }

    /// <summary>
    /// This screening's own scoring weights (criteria and single requirements) over the host's <c>Scoring:Weights</c>.
    /// Left out of the JSON when null, so the ids of screenings started without weights stay the same.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public ScreeningWeights? Weights { get; init; }
}
