using System.ComponentModel.DataAnnotations;

namespace ResumeFlow.Core.Scoring;

/// <summary>
/// Relative weights of the deterministic criteria (configuration section <c>Scoring:Weights</c>). They need not
/// sum to 100: the total is normalised by their sum, which must be positive.
/// </summary>
public sealed class ScoringWeights : IValidatableObject
{
    public const string SectionName = "Scoring:Weights";

    [Range(0, 100)]
    public double MustHave { get; set; } = 40;

    [Range(0, 100)]
    public double NiceToHave { get; set; } = 10;

    [Range(0, 100)]
    public double Experience { get; set; } = 25;

    [Range(0, 100)]
    public double Recency { get; set; } = 5;

    [Range(0, 100)]
    public double Education { get; set; } = 5;

    [Range(0, 100)]
    public double Title { get; set; } = 10;

    [Range(0, 100)]
    public double TextSimilarity { get; set; } = 5;

    /// <summary>Points taken off the total per must-have requirement not covered (by it or an equivalent), before clamping to 0.</summary>
    [Range(0, 100)]
    public double KnockOutPenalty { get; set; } = 5;

    public double Sum => MustHave + NiceToHave + Experience + Recency + Education + Title + TextSimilarity;

    public double WeightOf(string criterion) => criterion switch
    {
        ScoringCriteria.MustHave => MustHave,
        ScoringCriteria.NiceToHave => NiceToHave,
        ScoringCriteria.Experience => Experience,
        ScoringCriteria.Recency => Recency,
        ScoringCriteria.Education => Education,
        ScoringCriteria.Title => Title,
        ScoringCriteria.TextSimilarity => TextSimilarity,
        _ => throw new ArgumentOutOfRangeException(nameof(criterion), criterion, "unknown_criterion"),
    };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Sum <= 0)
        {
            yield return new ValidationResult("scoring_weights_zero: at least one criterion weight must be positive.", [nameof(MustHave)]);
        }
    }
}
