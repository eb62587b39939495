using System.ComponentModel.DataAnnotations;
using System.Globalization;
using ResumeFlow.Core.Jobs;
using ResumeFlow.Core.Scoring;

namespace ResumeFlow.Workflows.Screening;

/// <summary>
/// One screening's own weights, set by the recruiter before it starts: any criterion weight left null keeps the
/// host's <c>Scoring:Weights</c>; <see cref="Requirements"/> weighs single requirements (by name, case-insensitive)
/// within their criterion, 1 when not listed and 0 to ignore one. Small, so it travels in the orchestration input.
/// </summary>
public sealed record ScreeningWeights
{
    /// <summary>The highest weight a recruiter may give a requirement (relative to the default of 1).</summary>
    public const double MaxRequirementWeight = 10;

    [Range(0, 100)]
    public double? MustHave { get; init; }

    [Range(0, 100)]
    public double? NiceToHave { get; init; }

    [Range(0, 100)]
    public double? Experience { get; init; }

    [Range(0, 100)]
    public double? Recency { get; init; }

    [Range(0, 100)]
    public double? Education { get; init; }

    [Range(0, 100)]
    public double? Title { get; init; }

    [Range(0, 100)]
    public double? TextSimilarity { get; init; }

    [Range(0, 100)]
    public double? KnockOutPenalty { get; init; }

    public IReadOnlyDictionary<string, double>? Requirements { get; init; }

    /// <summary>The host's weights with this screening's overrides applied.</summary>
    public ScoringWeights ApplyTo(ScoringWeights host)
    {
        ArgumentNullException.ThrowIfNull(host);
        return new ScoringWeights
        {
            MustHave = MustHave ?? host.MustHave,
            NiceToHave = NiceToHave ?? host.NiceToHave,
            Experience = Experience ?? host.Experience,
            Recency = Recency ?? host.Recency,
            Education = Education ?? host.Education,
            Title = Title ?? host.Title,
            TextSimilarity = TextSimilarity ?? host.TextSimilarity,
            KnockOutPenalty = KnockOutPenalty ?? host.KnockOutPenalty,
        };
    }

    /// <summary>
    /// Checks the weights against the host's and the job's requirements and returns them in a canonical form
    /// (requirement names as the job spells them, sorted, so the same weights always name the same screening);
    /// throws <see cref="ScreeningException"/> with <see cref="ScreeningErrorCodes.InvalidWeights"/> otherwise.
    /// </summary>
    public ScreeningWeights Validate(ScoringWeights host, JobProfile job)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(job);
        var errors = new List<ValidationResult>();
        if (!Validator.TryValidateObject(this, new ValidationContext(this), errors, validateAllProperties: true))
        {
            throw Invalid(string.Join(" ", errors.Select(e => e.ErrorMessage)));
        }

        if (ApplyTo(host).Sum <= 0)
        {
            throw Invalid("At least one criterion weight must be positive.");
        }

        if (Requirements is not { Count: > 0 })
        {
            return this with { Requirements = null };
        }

        var canonical = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var (name, weight) in Requirements)
        {
            var requirement = job.Requirements.FirstOrDefault(r => string.Equals(r.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase))
                ?? throw Invalid($"The job has no requirement named '{name}'; its requirements are: {string.Join(", ", job.Requirements.Select(r => r.Name).Distinct(StringComparer.OrdinalIgnoreCase))}.");
            if (double.IsNaN(weight) || weight is < 0 or > MaxRequirementWeight)
            {
                throw Invalid(string.Create(CultureInfo.InvariantCulture, $"The weight of '{name}' must be between 0 and {MaxRequirementWeight}."));
            }

            if (!canonical.TryAdd(requirement.Name, weight))
            {
                throw Invalid($"The requirement '{requirement.Name}' is weighted twice.");
            }
        }

        return this with { Requirements = canonical };
    }

    /// <summary>
    /// Reads <c>name=value</c> pairs (the CLI's <c>--weight</c>): a criterion (<c>must_have</c>, <c>nice_to_have</c>,
    /// <c>experience</c>, <c>recency</c>, <c>education</c>, <c>title</c>, <c>text_similarity</c>, <c>knock_out_penalty</c>)
    /// or <c>requirement:Name</c>. Null when there are none.
    /// </summary>
    public static ScreeningWeights? Parse(IEnumerable<string>? pairs)
    {
        var list = pairs?.ToList() ?? [];
        if (list.Count == 0)
        {
            return null;
        }

        var weights = new ScreeningWeights();
        var requirements = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in list)
        {
            var split = pair.LastIndexOf('=');
            if (split <= 0 || !double.TryParse(pair.AsSpan(split + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                throw Invalid($"'{pair}' is not name=number.");
            }

            var name = pair[..split].Trim();
            weights = name.ToLowerInvariant() switch
            {
                ScoringCriteria.MustHave => weights with { MustHave = value },
                ScoringCriteria.NiceToHave => weights with { NiceToHave = value },
                ScoringCriteria.Experience => weights with { Experience = value },
                ScoringCriteria.Recency => weights with { Recency = value },
                ScoringCriteria.Education => weights with { Education = value },
                ScoringCriteria.Title => weights with { Title = value },
                ScoringCriteria.TextSimilarity => weights with { TextSimilarity = value },
                "knock_out_penalty" => weights with { KnockOutPenalty = value },
                _ when name.StartsWith("requirement:", StringComparison.OrdinalIgnoreCase) && name.Length > "requirement:".Length
                    && requirements.TryAdd(name["requirement:".Length..].Trim(), value) => weights,
                _ => throw Invalid($"'{name}' is not a criterion ({string.Join(", ", ScoringCriteria.All)}, knock_out_penalty) or requirement:Name (once each)."),
            };
        }

        return requirements.Count == 0 ? weights : weights with { Requirements = requirements };
    }

    private static ScreeningException Invalid(string message) => new(ScreeningErrorCodes.InvalidWeights, message);
}
