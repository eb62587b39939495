using System.Text;

namespace ResumeFlow.Core.Scoring.Rubric;

/// <summary>
/// Checks the model's evidence against the CV. A quote counts only when it occurs in the CV text (compared with
/// whitespace collapsed, case, quote marks and dashes folded); a criterion loses the share of its score that
/// rested on rejected quotes, and a criterion scored above <see cref="UnsupportedScoreCap"/> with no quote at
/// all is capped there. Weights, knock-outs and skill lists come from the deterministic score of the same CV.
/// </summary>
public static class EvidenceValidator
{
    /// <summary>The most a criterion may score without a single verified quote.</summary>
    public const double UnsupportedScoreCap = 25;

    /// <summary>Quotes shorter than this (after normalising) prove nothing ("C", "a").</summary>
    public const int MinimumQuoteLength = 4;

    /// <summary>True when the quote occurs in the text, ignoring case, spacing, quote marks and dash variants.</summary>
    public static bool Occurs(string quote, string text)
    {
        ArgumentNullException.ThrowIfNull(quote);
        ArgumentNullException.ThrowIfNull(text);
        var q = NormalizeQuote(quote);
        return q.Length >= MinimumQuoteLength && Normalize(text).Contains(q, StringComparison.Ordinal);
    }

    /// <summary>Validates the answer's evidence against the CV and scores it with the deterministic score's weights.</summary>
    public static LlmScoreValidation Validate(LlmScoreAnswer answer, string cvText, CandidateScore deterministic, ScoringWeights weights)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(cvText);
        ArgumentNullException.ThrowIfNull(deterministic);
        ArgumentNullException.ThrowIfNull(weights);

        var cv = Normalize(cvText);
        var rejected = new List<RejectedQuote>();
        var accepted = 0;
        var criteria = new List<CriterionScore>();
        foreach (var name in ScoringRubric.Criteria)
        {
            // The deterministic criterion says whether the job asks for it at all (weight 0 when it does not).
            var weight = deterministic.Criteria.FirstOrDefault(c => c.Name == name)?.Weight ?? weights.WeightOf(name);
            if (answer.Criteria?.Get(name) is not { } given)
            {
                criteria.Add(new CriterionScore(name, weight, 0, [], "not assessed by the model"));
                continue;
            }

            var quotes = (given.Evidence ?? []).Where(q => !string.IsNullOrWhiteSpace(q)).Distinct(StringComparer.Ordinal).ToList();
            var valid = new List<string>();
            foreach (var quote in quotes)
            {
                var normalized = NormalizeQuote(quote);
                if (normalized.Length < MinimumQuoteLength)
                {
                    rejected.Add(new RejectedQuote(name, quote, "too_short"));
                }
                else if (!cv.Contains(normalized, StringComparison.Ordinal))
                {
                    rejected.Add(new RejectedQuote(name, quote, "not_in_cv"));
                }
                else
                {
                    valid.Add(quote.Trim());
                }
            }

            accepted += valid.Count;
            var score = Math.Clamp(given.Score, 0, 100);
            if (quotes.Count > 0)
            {
                score *= valid.Count / (double)quotes.Count;
            }

            if (valid.Count == 0)
            {
                score = Math.Min(score, UnsupportedScoreCap);
            }

            var dropped = quotes.Count - valid.Count;
            var notes = (given.Reasoning ?? string.Empty).Trim();
            if (dropped > 0)
            {
                notes += $" [{dropped} of {quotes.Count} quotes not found in the CV: their points removed]";
            }

            if (name == ScoringCriteria.MustHave && answer.MissingMustHaves is { Count: > 0 } missing)
            {
                notes += " [model reports missing: " + string.Join(", ", missing) + "]";
            }

            criteria.Add(new CriterionScore(name, weight, Math.Round(score, 2), valid, notes.Trim()));
        }

        var weightSum = criteria.Sum(c => c.Weight);
        var total = weightSum <= 0 ? 0 : criteria.Sum(c => c.Weight * c.Score) / weightSum;
        total = Math.Clamp(total - (deterministic.KnockOuts.Count * weights.KnockOutPenalty), 0, 100);
        var score100 = deterministic with { Score = Math.Round(total, 2), Criteria = criteria };
        return new LlmScoreValidation(score100, accepted, rejected);
    }

    private static string NormalizeQuote(string quote)
    {
        var q = Normalize(quote);
        q = q.Trim(' ', '"', '\'', '.', ',', ';', ':', '…');
        if (q.EndsWith("...", StringComparison.Ordinal))
        {
            q = q[..^3].TrimEnd();
        }

        // A quoted bullet line: the bullet is layout, not evidence.
        return q.TrimStart('-', '*', '•', '·', ' ');
    }

    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var raw in text)
        {
            var c = raw switch
            {
                '\u2018' or '\u2019' or '\u02BC' or '`' => '\'',
                '\u201C' or '\u201D' => '"',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => '-',
                _ => char.ToLowerInvariant(raw),
            };
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
