using ResumeFlow.Core.Jobs;
using ResumeFlow.Core.Profiles;

namespace ResumeFlow.Core.Scoring;

/// <summary>
/// Everything the deterministic scorer reads from one CV, computed once (<see cref="DeterministicScorer.Extract"/>)
/// and reused against any number of jobs.
/// </summary>
public sealed class CandidateFeatures
{
    internal CandidateFeatures(
        string candidateId,
        CandidateProfile profile,
        IReadOnlyList<string> lines,
        IReadOnlyList<HashSet<string>> lineTerms,
        IReadOnlyList<bool> usable,
        HashSet<string> allTerms,
        Dictionary<string, int> termFrequencies,
        int length,
        Dictionary<string, int> skillLines,
        IReadOnlyList<ExperienceEntry> experience,
        double totalYears,
        EducationLevel? education,
        ListedSkills? listed)
    {
        Listed = listed;
        CandidateId = candidateId;
        Profile = profile;
        Usable = usable;
        Lines = lines;
        LineTerms = lineTerms;
        AllTerms = allTerms;
        TermFrequencies = termFrequencies;
        Length = length;
        SkillLines = skillLines;
        Experience = experience;
        TotalYears = totalYears;
        Education = education;
        TermLines = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < lineTerms.Count; i++)
        {
            foreach (var term in lineTerms[i])
            {
                if (!TermLines.TryGetValue(term, out var list))
                {
                    TermLines[term] = list = [];
                }

                list.Add(i);
            }
        }
    }

    public string CandidateId { get; }

    /// <summary>
    /// Features stored by <see cref="ToSnapshot"/>, for the <paramref name="profile"/> they were read with: scoring them
    /// gives what scoring the CV read again gives.
    /// </summary>
    public static CandidateFeatures FromSnapshot(string candidateId, CandidateProfile profile, CandidateFeatureSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(snapshot);
        var lineTerms = snapshot.LineTerms.Select(terms => terms.ToHashSet(StringComparer.Ordinal)).ToList();
        var all = new HashSet<string>(StringComparer.Ordinal);
        foreach (var terms in lineTerms)
        {
            all.UnionWith(terms);
        }

        return new CandidateFeatures(
            candidateId,
            profile,
            snapshot.Lines,
            lineTerms,
            snapshot.Usable,
            all,
            new Dictionary<string, int>(snapshot.TermFrequencies, StringComparer.Ordinal),
            snapshot.Length,
            new Dictionary<string, int>(snapshot.SkillLines, StringComparer.OrdinalIgnoreCase),
            snapshot.Experience.Select(e => new ExperienceEntry(
                e.EvidenceLine, e.Years, e.StartMonth, e.EndMonth, e.TitleTerms.ToHashSet(StringComparer.Ordinal), e.ContextTerms.ToHashSet(StringComparer.Ordinal))).ToList(),
            snapshot.TotalYears,
            snapshot.Education,
            snapshot.ListedTerms is { } listedTerms && snapshot.ListedSkills is { } listedSkills
                ? new ListedSkills(listedTerms.ToHashSet(StringComparer.Ordinal), listedSkills.ToHashSet(StringComparer.OrdinalIgnoreCase))
                : null);
    }

    /// <summary>These features without the profile, to store (see <see cref="CandidateFeatureSnapshot"/>).</summary>
    public CandidateFeatureSnapshot ToSnapshot() => new()
    {
        Lines = Lines,
        LineTerms = LineTerms.Select(terms => (IReadOnlyList<string>)[.. terms]).ToList(),
        Usable = Usable,
        TermFrequencies = TermFrequencies,
        Length = Length,
        SkillLines = SkillLines,
        Experience = Experience.Select(e => new CandidateExperienceSnapshot(e.EvidenceLine, e.Years, e.StartMonth, e.EndMonth, [.. e.TitleTerms], [.. e.ContextTerms])).ToList(),
        TotalYears = TotalYears,
        Education = Education,
        ListedTerms = Listed is { } listed ? [.. listed.Terms] : null,
        ListedSkills = Listed is { } skills ? [.. skills.Skills] : null,
    };

    /// <summary>The candidate model the features were read from: the stored profile, or one built from the text.</summary>
    public CandidateProfile Profile { get; }

    /// <summary>Years of experience with overlapping periods counted once.</summary>
    public double TotalYears { get; }

    /// <summary>The highest education level the CV names, or null when it names none.</summary>
    public EducationLevel? Education { get; }

    /// <summary>The canonical lexicon skills the CV names.</summary>
    public IReadOnlyCollection<string> Skills => SkillLines.Keys;

    internal IReadOnlyList<string> Lines { get; }

    internal IReadOnlyList<HashSet<string>> LineTerms { get; }

    /// <summary>Per line: whether it can serve as evidence (not a heading, contact line or bare date).</summary>
    internal IReadOnlyList<bool> Usable { get; }

    internal HashSet<string> AllTerms { get; }

    internal Dictionary<string, int> TermFrequencies { get; }

    internal int Length { get; }

    /// <summary>Term → the CV lines that contain it, in order.</summary>
    internal Dictionary<string, List<int>> TermLines { get; }

    /// <summary>Canonical skill → the CV line that shows it (the profile's).</summary>
    internal Dictionary<string, int> SkillLines { get; }

    internal IReadOnlyList<ExperienceEntry> Experience { get; }

    /// <summary>What the CV's skills section lists, or null when it has none.</summary>
    internal ListedSkills? Listed { get; }
}
