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
