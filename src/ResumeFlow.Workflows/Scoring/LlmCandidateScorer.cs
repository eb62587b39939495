using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ResumeFlow.Core.Jobs;
using ResumeFlow.Core.Scoring;
using ResumeFlow.Core.Scoring.Rubric;
using ResumeFlow.Llm;
using ResumeFlow.Llm.Metering;
using ResumeFlow.Llm.Schemas;

namespace ResumeFlow.Workflows.Scoring;

/// <summary>
/// Scores a candidate with the LLM through <see cref="ILlmGateway"/>: the rubric and schema
/// (<see cref="ScoringRubric"/>) and the job first, the CV last as untrusted content; the answer's quotes are
/// checked against the CV (<see cref="EvidenceValidator"/>) before its scores count. The deterministic score of
/// the same CV supplies weights, knock-outs and the fallback.
/// </summary>
public sealed class LlmCandidateScorer
{
    // Characters per token for estimates (English prose with o200k-style tokenisers).
    private const double CharactersPerToken = 4;

    /// <summary>The reply schema, exported from <see cref="LlmScoreAnswer"/>.</summary>
    public static readonly string Schema = LlmSchema.For<LlmScoreAnswer>();

    private readonly ILlmGateway _gateway;
    private readonly DeterministicScorer _deterministic;
    private readonly LlmScoringOptions _options;
    private readonly ScoringWeights _weights;
    private readonly CostMeter? _costMeter;
    private readonly ILogger _logger;

    public LlmCandidateScorer(
        ILlmGateway gateway,
        DeterministicScorer deterministic,
        IOptions<LlmScoringOptions> options,
        IOptions<ScoringWeights> weights,
        CostMeter? costMeter = null,
        ILogger<LlmCandidateScorer>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(gateway);
        ArgumentNullException.ThrowIfNull(deterministic);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(weights);
        _gateway = gateway;
        _deterministic = deterministic;
        _options = options.Value;
        _weights = weights.Value;
        _costMeter = costMeter;
        _logger = logger ?? NullLogger<LlmCandidateScorer>.Instance;
    }

    /// <summary>
    /// Scores the candidate. <paramref name="deterministic"/> is the candidate's deterministic score when the caller
    /// has it (computed here otherwise); <paramref name="scope"/> is the metering scope (the screening id).
    /// </summary>
    public async Task<LlmScoringResult> ScoreAsync(
        JobProfile job,
        ScoringInput candidate,
        CandidateScore? deterministic = null,
        string? scope = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(candidate);
        deterministic ??= _deterministic.Score(job, candidate);

        var request = BuildRequest(job, candidate, _options, scope);
        var reply = await _gateway.CompleteJsonAsync<LlmScoreAnswer>(request, cancellationToken).ConfigureAwait(false);
        return !reply.Success || reply.Value is null
            ? Failed(candidate, deterministic, reply.ErrorCode ?? "llm_empty_answer", reply.ErrorMessage, reply.Usage, reply.CostUsd, reply.Model) with { FromCache = reply.FromCache }
            : FromAnswer(candidate, deterministic, reply.Value, reply.Usage, reply.CostUsd, reply.Model) with { FromCache = reply.FromCache, RequestId = reply.RequestId };
    }

    /// <summary>The result of an answer obtained elsewhere (a Batch API line): its quotes checked against the CV.</summary>
    public LlmScoringResult FromAnswer(ScoringInput candidate, CandidateScore deterministic, LlmScoreAnswer answer, LlmUsage usage, decimal? costUsd, string model)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var validation = EvidenceValidator.Validate(answer, candidate.Text, deterministic, _weights);
        Log.EvidenceChecked(_logger, candidate.CandidateId, validation.AcceptedQuotes, validation.Rejected.Count);
        return new LlmScoringResult(validation.Score, true, null, null, validation.AcceptedQuotes, validation.Rejected, usage, costUsd, false, model);
    }

    /// <summary>A call that gave no usable answer: the deterministic fallback (or zero) with the error.</summary>
    public LlmScoringResult Failed(ScoringInput candidate, CandidateScore deterministic, string code, string? message, LlmUsage usage, decimal? costUsd, string model)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(deterministic);
        Log.LlmScoringFailed(_logger, candidate.CandidateId, code, message);
        var fallback = _options.FallBackToDeterministic ? deterministic : deterministic with { Score = 0, Criteria = [] };
        return new LlmScoringResult(fallback, false, code, message ?? "The model gave no answer.", 0, [], usage, costUsd, false, model);
    }

    /// <summary>
    /// The gateway request for one candidate: fixed instructions (rubric + schema) and the job as shared context
    /// first, the CV last as untrusted content. Also what a Batch API line is built from.
    /// </summary>
    public static LlmRequest BuildRequest(JobProfile job, ScoringInput candidate, LlmScoringOptions options, string? scope = null)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(options);
        return new LlmRequest
        {
            ItemKey = candidate.CandidateId,
            Instructions = ScoringRubric.Instructions,
            JsonSchema = Schema,
            SchemaName = ScoringRubric.SchemaName,
            PromptVersion = ScoringRubric.PromptVersion,
            Model = options.Model,
            SharedContext = ScoringRubric.SharedContext(job),
            UntrustedContent = candidate.Text,
            MaxOutputTokens = options.MaxOutputTokens,
            Temperature = options.Temperature,
            Scope = scope,
        };
    }

    /// <summary>
    /// Estimated cost (USD) of scoring one CV of <paramref name="cvCharacters"/> characters against the job, at the
    /// model's price (<see cref="Llm.Pricing.PriceCatalog"/>); null when it is unknown. Used to report what the pre-filter saved
    /// and to check a screening's budget.
    /// </summary>
    public decimal? EstimateCostPerCandidate(JobProfile job, int cvCharacters, string model)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(model);
        if (_costMeter is null)
        {
            return null;
        }

        var promptCharacters = ScoringRubric.Instructions.Length + ScoringRubric.SharedContext(job).Length + cvCharacters;
        var inputTokens = (long)Math.Ceiling(promptCharacters / CharactersPerToken) + Schema.Length / 4;
        return _costMeter.Price(_options.Model ?? model, new LlmUsage(inputTokens, 0, _options.EstimatedOutputTokens));
    }
}
