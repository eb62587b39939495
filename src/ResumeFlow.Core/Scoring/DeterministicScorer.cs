using ResumeFlow.Core.Jobs;
using ResumeFlow.Core.Skills;

namespace ResumeFlow.Core.Scoring;

/// <summary>
/// The deterministic scorer: weighted criteria (must-have and nice-to-have coverage, years against what is
/// required, recency, education, title similarity, BM25-style text similarity as a minor term), each with the
/// CV lines it matched, every requirement graded (met, met by an equivalent, partly met, absent) and knock-outs for
/// mandatory requirements absent with no equivalent. For many candidates against one job, call
/// <see cref="Prepare(JobProfile)"/> once and <see cref="Extract"/> once per CV.
/// </summary>
public sealed class DeterministicScorer : ICandidateScorer
{
    /// <summary>Recorded with every score in the audit trail; bump it when a change can move a score.</summary>
    public const string Version = "deterministic-v3";

    private readonly ScoringWeights _weights;
    private readonly SkillLexicon _lexicon;
    private readonly TimeProvider _timeProvider;

    public DeterministicScorer(ScoringWeights? weights = null, SkillLexicon? lexicon = null, TimeProvider? timeProvider = null)
    {
        _weights = weights ?? new ScoringWeights();
        _lexicon = lexicon ?? SkillLexicon.Default;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    private DateOnly AsOf => DateOnly.FromDateTime(_timeProvider.GetUtcNow().UtcDateTime);

    public CandidateScore Score(JobProfile job, ScoringInput candidate)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(candidate);
        return Prepare(job).Score(Extract(candidate));
    }

    /// <summary>Prepares a job for scoring many candidates.</summary>
    public JobScorer Prepare(JobProfile job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return new JobScorer(job, _weights, _lexicon, AsOf);
    }

    /// <summary>
    /// Prepares a job with one screening's own weights: <paramref name="weights"/> for the criteria and, per
    /// requirement name (case-insensitive), a relative weight within its criterion (1 when not listed, 0 ignores it).
    /// </summary>
    public JobScorer Prepare(JobProfile job, ScoringWeights weights, IReadOnlyDictionary<string, double>? requirementWeights)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(weights);
        var byName = requirementWeights is null ? null : new Dictionary<string, double>(requirementWeights, StringComparer.OrdinalIgnoreCase);
        return new JobScorer(job, weights, _lexicon, AsOf, byName);
    }

    /// <summary>The criteria weights this scorer was built with (the host's <c>Scoring:Weights</c>).</summary>
    public ScoringWeights Weights => _weights;

    /// <summary>Reads a CV once; the result can be scored against any number of jobs.</summary>
    public CandidateFeatures Extract(ScoringInput candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(candidate.Text);
        return CandidateFeatureExtractor.Extract(candidate, _lexicon, AsOf);
    }
}
