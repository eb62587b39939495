using ResumeFlow.Core.Jobs;

namespace ResumeFlow.Core.Scoring;

/// <summary>
/// <see cref="CandidateFeatures"/> in a storable shape, without the profile they were read from: what reading a CV
/// costs (its lines, their terms, which can serve as evidence, the line of each skill, its dated jobs), kept so that a
/// screening scores a candidate without reading the CV again. <see cref="CandidateFeatures.FromSnapshot"/> restores it.
/// </summary>
public sealed record CandidateFeatureSnapshot
{
    /// <summary>Changes when what the snapshot holds, or how it is read from a CV, changes.</summary>
    public const string FormatVersion = DeterministicScorer.Version + "/features-1";

    public required IReadOnlyList<string> Lines { get; init; }

    /// <summary>Per line: its distinct terms.</summary>
    public required IReadOnlyList<IReadOnlyList<string>> LineTerms { get; init; }

    public required IReadOnlyList<bool> Usable { get; init; }

    /// <summary>Term → how often the CV uses it.</summary>
    public required IReadOnlyDictionary<string, int> TermFrequencies { get; init; }

    /// <summary>The number of terms in the CV, repeats included.</summary>
    public required int Length { get; init; }

    public required IReadOnlyDictionary<string, int> SkillLines { get; init; }

    public required IReadOnlyList<CandidateExperienceSnapshot> Experience { get; init; }

    public required double TotalYears { get; init; }

    public EducationLevel? Education { get; init; }

    /// <summary>The terms of the CV's skills section, or null when it has none.</summary>
    public IReadOnlyList<string>? ListedTerms { get; init; }

    /// <summary>The canonical skills of the CV's skills section, or null when it has none.</summary>
    public IReadOnlyList<string>? ListedSkills { get; init; }
}
