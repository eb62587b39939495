using ResumeFlow.Core.Jobs;
using ResumeFlow.Core.Skills;

namespace ResumeFlow.Core.Scoring;

/// <summary>
/// One job prepared for scoring (its requirements reduced to terms once); scores any number of candidates'
/// <see cref="CandidateFeatures"/>. Thread-safe: it holds no mutable state.
/// </summary>
public sealed class JobScorer
{
    private const double CoveredThreshold = 0.5;
    private const double PartlyThreshold = 0.25;

    // An equivalent (MySQL for PostgreSQL) shows the ability, not the exact tool: it counts half.
    private const double EquivalentCredit = 0.5;
    private const double MentionedElsewhereFactor = 0.85;
    private const double FullRoleMatch = 0.67;
    private const double NominalLength = 250;
    private const double K1 = 1.2;
    private const double B = 0.75;

    private readonly ScoringWeights _weights;
    private readonly IReadOnlyDictionary<string, double> _requirementWeights;
    private readonly SkillLexicon _lexicon;
    private readonly int _asOfYear;
    private readonly List<PreparedRequirement> _mustHave;
    private readonly List<PreparedRequirement> _niceToHave;
    private readonly List<(ExperienceRequirement Source, string[] Terms)> _experience;
    private readonly string[] _titleTerms;
    private readonly string[] _queryTerms;
    private readonly HashSet<string> _relevantTerms;

    internal JobScorer(JobProfile job, ScoringWeights weights, SkillLexicon lexicon, DateOnly asOf, IReadOnlyDictionary<string, double>? requirementWeights = null)
    {
        Job = job;
        _weights = weights;
        _requirementWeights = requirementWeights ?? new Dictionary<string, double>();
        _lexicon = lexicon;
        _asOfYear = asOf.Year;
        var prepared = job.Requirements.Select(Prepare).ToList();
        _mustHave = prepared.Where(r => r.Source.MustHave).ToList();
        _niceToHave = prepared.Where(r => !r.Source.MustHave).ToList();
        _experience = job.ExperienceRequirements
            .Select(e => (e, TextTerms.ContentTerms(e.Subject).ToArray()))
            .Where(e => e.Item2.Length > 0)
            .ToList();
        if (_experience.Count == 0 && TextTerms.ContentTerms(job.Title) is { Count: > 0 } titleTerms)
        {
            // No years stated per role: experience in the advertised role is what counts, up to a nominal 3 years.
            var implied = new ExperienceRequirement(job.Title, Math.Max(1, job.MinimumYears ?? 3), "implied by the job title");
            _experience.Add((implied, [.. titleTerms]));
        }

        _titleTerms = [.. TextTerms.ContentTerms(job.Title)];
        _queryTerms = [.. TextTerms.Terms(job.Text).Distinct(StringComparer.Ordinal)];
        _relevantTerms = new HashSet<string>(_titleTerms, StringComparer.Ordinal);
        foreach (var r in _mustHave)
        {
            _relevantTerms.UnionWith(r.Head);
        }

        foreach (var e in _experience)
        {
            _relevantTerms.UnionWith(e.Terms);
        }
    }

    public JobProfile Job { get; }

    /// <summary>Scores one candidate against this job.</summary>
    public CandidateScore Score(CandidateFeatures candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var graded = new List<RequirementResult>();
        var mustHave = Coverage(ScoringCriteria.MustHave, _mustHave, candidate, graded, out var mustHaveCoverage, out var notMet);
        var niceToHave = Coverage(ScoringCriteria.NiceToHave, _niceToHave, candidate, graded, out _, out _);
        var criteria = new List<CriterionScore>(ScoringCriteria.All.Count)
        {
            mustHave,
            niceToHave,
            Experience(candidate),
            Recency(candidate),
            Education(candidate),
            Title(candidate),
            TextSimilarity(candidate),
        };

        var weightSum = criteria.Sum(c => c.Weight);
        var total = weightSum <= 0 ? 0 : criteria.Sum(c => c.Weight * c.Score) / weightSum;
        total = Math.Clamp(total - (notMet * _weights.KnockOutPenalty), 0, 100);
        var knockOuts = graded.Where(g => g.IsKnockOut).Select(g => $"{g.Requirement}: {g.Reason}").ToList();
        var (matched, missing) = SkillLists(graded, candidate);
        return new CandidateScore(candidate.CandidateId, Math.Round(total, 2), criteria, knockOuts, matched, missing, Math.Round(mustHaveCoverage, 4))
        {
            Requirements = graded,
        };
    }

    // Matched: the job's skills the CV shows. Missing: those of requirements not met, never one already matched.
    private static (List<string> Matched, List<string> Missing) SkillLists(List<RequirementResult> graded, CandidateFeatures candidate)
    {
        var matched = new List<string>();
        var missing = new List<string>();
        foreach (var g in graded)
        {
            if (g.Status == RequirementStatus.Met)
            {
                matched.Add(g.Requirement);
            }
            else if (g.Status == RequirementStatus.MetByEquivalent && g.Equivalent is { } equivalent)
            {
                matched.Add(equivalent);
            }
        }

        foreach (var skill in candidate.SkillLines.Keys)
        {
            if (graded.Any(g => g.Requirement.Equals(skill, StringComparison.OrdinalIgnoreCase)))
            {
                matched.Add(skill);
            }
        }

        foreach (var g in graded)
        {
            if (g.MustHave && g.Status is RequirementStatus.Absent or RequirementStatus.PartlyMet)
            {
                missing.Add(g.Requirement);
            }
        }

        var distinctMatched = matched.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var distinctMissing = missing.Distinct(StringComparer.OrdinalIgnoreCase)
            .Where(m => !distinctMatched.Contains(m, StringComparer.OrdinalIgnoreCase))
            .ToList();
        return (distinctMatched, distinctMissing);
    }

    private CriterionScore Coverage(
        string name,
        List<PreparedRequirement> requirements,
        CandidateFeatures candidate,
        List<RequirementResult> graded,
        out double coverage,
        out int notMet)
    {
        notMet = 0;
        if (requirements.Count == 0)
        {
            coverage = 1;
            return NotApplicable(name, "the job names none");
        }

        var evidence = new List<string>();
        var sum = 0.0;
        var weightSum = 0.0;
        var covered = 0;
        foreach (var r in requirements)
        {
            // A recruiter's weight of 0 takes the requirement out of the screening (no grade, no knock-out).
            var weight = RequirementWeight(r.Source);
            if (weight <= 0)
            {
                continue;
            }

            var c = RequirementCoverage(r, candidate);
            var line = c > 0 ? BestLine(r, candidate) : null;
            var result = Grade(r, candidate, c, line);
            graded.AddRange(result);
            var credit = result.Any(g => g.Status == RequirementStatus.MetByEquivalent) ? Math.Max(c, EquivalentCredit) : c;
            sum += credit * weight;
            weightSum += weight;
            if (credit >= CoveredThreshold)
            {
                covered++;
            }
            else
            {
                notMet++;
            }

            if (line is { } text && c >= CoveredThreshold && !evidence.Contains(text, StringComparer.Ordinal))
            {
                evidence.Add(text);
            }
        }

        if (weightSum <= 0)
        {
            coverage = 1;
            return NotApplicable(name, "every requirement is weighted 0");
        }

        coverage = sum / weightSum;
        return new CriterionScore(
            name,
            _weights.WeightOf(name),
            Math.Round(coverage * 100, 2),
            evidence,
            $"{covered} of {requirements.Count} covered");
    }

    /// <summary>A requirement's relative weight within its criterion (1 unless the screening set one for its name).</summary>
    private double RequirementWeight(SkillRequirement requirement)
        => _requirementWeights.TryGetValue(requirement.Name, out var weight) ? weight : 1;

    // A requirement naming a few lexicon skills is graded skill by skill ("C#, .NET": each met, by an equivalent,
    // or absent); any other is graded as a whole, by its words, with the years it asks for.
    private List<RequirementResult> Grade(PreparedRequirement r, CandidateFeatures candidate, double coverage, string? line)
    {
        var source = r.Source;
        var mandatory = source.MustHave && source.Mandatory;
        if (r.Skills.Length is > 0 and <= 6)
        {
            var results = new List<RequirementResult>(r.Skills.Length);
            foreach (var skill in r.Skills)
            {
                if (candidate.SkillLines.TryGetValue(skill, out var at) || (r.Skills.Length == 1 && coverage >= CoveredThreshold))
                {
                    var shown = candidate.SkillLines.ContainsKey(skill) && candidate.Usable[at] ? candidate.Lines[at] : line;
                    results.Add(YearsGrade(source, skill, mandatory, candidate, shown));
                    continue;
                }

                var equivalent = _lexicon.EquivalentsOf(skill).FirstOrDefault(candidate.SkillLines.ContainsKey);
                if (equivalent is not null)
                {
                    var equivalentLine = candidate.SkillLines[equivalent];
                    results.Add(new RequirementResult(skill, source.MustHave, mandatory, RequirementStatus.MetByEquivalent, equivalent,
                        candidate.Usable[equivalentLine] ? candidate.Lines[equivalentLine] : null, $"met by the equivalent {equivalent}"));
                }
                else
                {
                    results.Add(Absent(skill, source.MustHave, mandatory, _lexicon.EquivalentsOf(skill)));
                }
            }

            // A requirement line is one condition: when the CV shows some of its skills, the others are partly met, not absent.
            var shownSkills = results.Where(g => g.Status != RequirementStatus.Absent).Select(g => g.Equivalent ?? g.Requirement).ToList();
            if (shownSkills.Count > 0)
            {
                for (var i = 0; i < results.Count; i++)
                {
                    if (results[i].Status == RequirementStatus.Absent)
                    {
                        results[i] = results[i] with
                        {
                            Status = RequirementStatus.PartlyMet,
                            Reason = $"partly met: the CV shows {string.Join(", ", shownSkills)} of \"{Short(source.Text)}\", not {results[i].Requirement}",
                        };
                    }
                }
            }

            return results;
        }

        if (coverage >= CoveredThreshold)
        {
            return [YearsGrade(source, source.Name, mandatory, candidate, line)];
        }

        if (coverage >= PartlyThreshold && line is not null)
        {
            return [new RequirementResult(source.Name, source.MustHave, mandatory, RequirementStatus.PartlyMet, null, line,
                $"partly met: the CV shows {coverage:P0} of what it asks")];
        }

        return [Absent(source.Name, source.MustHave, mandatory, [])];
    }

    private static string Short(string text) => text.Length <= 60 ? text.Trim() : text[..60].Trim() + "…";

    private static RequirementResult Absent(string name, bool mustHave, bool mandatory, IReadOnlyList<string> equivalents)
    {
        var why = equivalents.Count == 0
            ? "absent: no CV line shows it"
            : $"absent: no CV line shows it or an equivalent ({string.Join(", ", equivalents)})";
        return new RequirementResult(name, mustHave, mandatory, RequirementStatus.Absent, null, null, mandatory ? why + "; the job makes it mandatory" : why);
    }

    // Fewer years than the requirement asks for is partly met, not absent.
    private static RequirementResult YearsGrade(SkillRequirement source, string name, bool mandatory, CandidateFeatures candidate, string? line)
    {
        if (source.MinimumYears is { } wanted && candidate.TotalYears < wanted)
        {
            return new RequirementResult(name, source.MustHave, mandatory, RequirementStatus.PartlyMet, null, line,
                $"partly met: {candidate.TotalYears:0.#} of {wanted:0.#} years");
        }

        return new RequirementResult(name, source.MustHave, mandatory, RequirementStatus.Met, null, line, "met");
    }

    // A requirement the CV's skills section lists counts fully; one only mentioned elsewhere (in passing) a little less.
    private static double RequirementCoverage(PreparedRequirement r, CandidateFeatures candidate)
    {
        var anywhere = RequirementCoverage(r, candidate.AllTerms, candidate.SkillLines.Keys);
        if (candidate.Listed is not { } listed)
        {
            return anywhere;
        }

        return Math.Max(RequirementCoverage(r, listed.Terms, listed.Skills), MentionedElsewhereFactor * anywhere);
    }

    private static double RequirementCoverage(PreparedRequirement r, HashSet<string> terms, IReadOnlyCollection<string> skills)
    {
        var head = Fraction(r.Head, terms);
        var body = Fraction(r.Body, terms);
        var byTerms = r.Head.Length == 0 ? body : r.Body.Length == 0 ? head : (0.7 * head) + (0.3 * body);
        if (r.Skills.Length == 0)
        {
            return byTerms;
        }

        var bySkills = r.Skills.Count(skills.Contains) / (double)r.Skills.Length;
        return Math.Max(bySkills, byTerms);
    }

    private static string? BestLine(PreparedRequirement r, CandidateFeatures candidate)
    {
        Span<int> counts = candidate.Lines.Count <= 256 ? stackalloc int[candidate.Lines.Count] : new int[candidate.Lines.Count];
        foreach (var skill in r.Skills)
        {
            if (candidate.SkillLines.TryGetValue(skill, out var line))
            {
                counts[line] += 2;
            }
        }

        foreach (var term in r.Head.Concat(r.Body))
        {
            if (candidate.TermLines.TryGetValue(term, out var lines))
            {
                foreach (var line in lines)
                {
                    counts[line]++;
                }
            }
        }

        var best = -1;
        for (var i = 0; i < counts.Length; i++)
        {
            if (counts[i] > 0 && candidate.Usable[i] && (best < 0 || counts[i] > counts[best]))
            {
                best = i;
            }
        }

        return best < 0 ? null : candidate.Lines[best];
    }

    private CriterionScore Experience(CandidateFeatures candidate)
    {
        var evidence = new List<string>();
        if (_experience.Count == 0)
        {
            var wanted = Job.MinimumYears ?? 8;
            var score = Math.Min(1, candidate.TotalYears / wanted);
            AddExperienceEvidence(candidate, candidate.Experience, evidence);
            return new CriterionScore(ScoringCriteria.Experience, _weights.Experience, Math.Round(score * 100, 2), evidence,
                $"{candidate.TotalYears:0.#} years in total; {(Job.MinimumYears is null ? "no minimum stated" : $"{wanted:0.#} required")}");
        }

        var notes = new List<string>();
        var roleScore = 0.0;
        foreach (var (source, terms) in _experience)
        {
            var credited = 0.0;
            var used = new List<ExperienceEntry>();
            foreach (var entry in candidate.Experience)
            {
                var match = Math.Max(Fraction(terms, entry.TitleTerms), 0.7 * Fraction(terms, entry.ContextTerms));
                if (match > 0)
                {
                    // Two thirds of the role's words in a job title is the same role ("Product Manager" for "Product Management").
                    credited += entry.Years * Math.Min(1, match / FullRoleMatch);
                    used.Add(entry);
                }
            }

            roleScore += Math.Min(1, credited / source.Years);
            AddExperienceEvidence(candidate, used, evidence);
            notes.Add($"{credited:0.#}/{source.Years:0.#} years {source.Subject}");
        }

        roleScore /= _experience.Count;
        var overall = Math.Min(1, candidate.TotalYears / Math.Max(1, Job.MinimumYears ?? _experience.Max(e => e.Source.Years)));
        var total = (0.75 * roleScore) + (0.25 * overall);
        return new CriterionScore(ScoringCriteria.Experience, _weights.Experience, Math.Round(total * 100, 2), evidence,
            $"{candidate.TotalYears:0.#} years in total; " + string.Join("; ", notes));
    }

    private static void AddExperienceEvidence(CandidateFeatures candidate, IEnumerable<ExperienceEntry> entries, List<string> evidence)
    {
        foreach (var entry in entries)
        {
            if (entry.EvidenceLine is { } index && candidate.Lines[index] is var line && !evidence.Contains(line, StringComparer.Ordinal))
            {
                evidence.Add(line);
            }
        }
    }

    private CriterionScore Recency(CandidateFeatures candidate)
    {
        var dated = candidate.Experience.Where(e => e.EndYear is not null).ToList();
        if (dated.Count == 0)
        {
            return new CriterionScore(ScoringCriteria.Recency, _weights.Recency, 50, [], "no dated experience");
        }

        var relevant = dated.Where(e => e.ContextTerms.Overlaps(_relevantTerms)).ToList();
        var pool = relevant.Count > 0 ? relevant : dated;
        var latest = pool.MaxBy(e => e.EndMonth)!;
        var gap = Math.Max(0, _asOfYear - latest.EndYear!.Value - 1);
        var score = Math.Clamp(1 - (gap / 10.0), 0, 1);
        IReadOnlyList<string> shown = latest.EvidenceLine is { } index ? [candidate.Lines[index]] : [];
        return new CriterionScore(ScoringCriteria.Recency, _weights.Recency, Math.Round(score * 100, 2), shown,
            $"{(relevant.Count > 0 ? "relevant" : "any")} experience until {latest.EndYear}");
    }

    private CriterionScore Education(CandidateFeatures candidate)
    {
        if (Job.EducationLevel == EducationLevel.None)
        {
            return NotApplicable(ScoringCriteria.Education, "the job states no education level");
        }

        var level = candidate.Education;
        var score = level is null ? 0.25
            : level >= Job.EducationLevel ? 1
            : Job.EducationLevel - level == 1 ? 0.6
            : 0.2;
        return new CriterionScore(ScoringCriteria.Education, _weights.Education, score * 100, [],
            $"{(level is null ? "no education stated" : level.ToString())} against {Job.EducationLevel} required");
    }

    private CriterionScore Title(CandidateFeatures candidate)
    {
        if (_titleTerms.Length == 0)
        {
            return NotApplicable(ScoringCriteria.Title, "the job title has no distinctive words");
        }

        var best = 0.0;
        ExperienceEntry? bestEntry = null;
        foreach (var entry in candidate.Experience)
        {
            var f = Fraction(_titleTerms, entry.TitleTerms);
            if (f > best)
            {
                best = f;
                bestEntry = entry;
            }
        }

        var anywhere = 0.6 * Fraction(_titleTerms, candidate.AllTerms);
        var score = Math.Max(best, anywhere);
        IReadOnlyList<string> evidence = bestEntry is { EvidenceLine: { } index } && best >= anywhere ? [candidate.Lines[index]] : [];
        return new CriterionScore(ScoringCriteria.Title, _weights.Title, Math.Round(score * 100, 2), evidence,
            $"job title \"{Job.Title}\"");
    }

    private CriterionScore TextSimilarity(CandidateFeatures candidate)
    {
        if (_queryTerms.Length == 0)
        {
            return NotApplicable(ScoringCriteria.TextSimilarity, "the job has no text");
        }

        // BM25 with uniform term weights, normalised by the best a document could reach: a corpus-free similarity.
        var norm = K1 * (1 - B + (B * candidate.Length / NominalLength));
        var sum = 0.0;
        foreach (var term in _queryTerms)
        {
            if (candidate.TermFrequencies.TryGetValue(term, out var tf))
            {
                sum += tf * (K1 + 1) / (tf + norm);
            }
        }

        var similarity = sum / (_queryTerms.Length * (K1 + 1));
        var score = Math.Min(1, similarity * 2.5);
        return new CriterionScore(ScoringCriteria.TextSimilarity, _weights.TextSimilarity, Math.Round(score * 100, 2), [],
            $"BM25 similarity {similarity:0.###}");
    }

    private static CriterionScore NotApplicable(string name, string why) => new(name, 0, 100, [], "not applicable: " + why);

    private static double Fraction(string[] terms, HashSet<string> present)
    {
        if (terms.Length == 0)
        {
            return 0;
        }

        var n = 0;
        foreach (var t in terms)
        {
            if (present.Contains(t))
            {
                n++;
            }
        }

        return n / (double)terms.Length;
    }

    private static PreparedRequirement Prepare(SkillRequirement requirement)
    {
        var head = TextTerms.ContentTerms(requirement.Name);
        var body = TextTerms.ContentTerms(requirement.Text).Where(t => !head.Contains(t)).ToArray();
        return new PreparedRequirement(requirement, [.. head], body, [.. requirement.Skills]);
    }

    private sealed record PreparedRequirement(SkillRequirement Source, string[] Head, string[] Body, string[] Skills);
}
