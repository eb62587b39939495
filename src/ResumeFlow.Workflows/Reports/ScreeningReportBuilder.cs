using ResumeFlow.Core.Scoring;
using ResumeFlow.Workflows.Review;
using ResumeFlow.Workflows.Screening;

namespace ResumeFlow.Workflows.Reports;

/// <summary>Builds the report model from the stored screening and its per-candidate results, ranked by <see cref="ScreeningRanking"/>.</summary>
public static class ScreeningReportBuilder
{
    public const int BinWidth = 10;

    public static ScreeningReport Build(
        ScreeningDocument screening,
        IEnumerable<CandidateResultDocument> results,
        IEnumerable<CandidateReview>? reviews = null,
        IReadOnlyDictionary<string, string>? callSummaries = null)
    {
        ArgumentNullException.ThrowIfNull(screening);
        ArgumentNullException.ThrowIfNull(results);
        var reviewed = (reviews ?? []).ToDictionary(r => r.CandidateId, StringComparer.Ordinal);

        var ranked = results.ToList();
        ranked.Sort(ScreeningRanking.Results);
        var rows = ranked.Select((r, i) => new ScreeningReportRow(
                i + 1,
                r.CandidateId,
                r.FileName,
                r.CandidateName,
                Math.Round(r.Score, 1),
                Math.Round(r.DeterministicScore, 1),
                r.LlmScore is { } llm ? Math.Round(llm, 1) : null,
                r.Passed,
                r.KnockedOut,
                r.MatchedSkills,
                r.MissingMustHaves,
                r.Evidence,
                r.ErrorCode,
                MustHaveNotes(r),
                callSummaries?.GetValueOrDefault(r.CandidateId),
                MustHaveCounts.Of(r.Requirements)))
            .Select(row => WithDecision(row, reviewed.GetValueOrDefault(row.CandidateId), screening.Options.ProvisionalRejections))
            .ToList();

        var scored = ranked.Where(r => r.ErrorCode is null).ToList();
        var llmScored = ranked.Count(r => r.LlmScore is not null);
        // Not Enumerable.Sum, which skips nulls: one unpriced call makes the total unknown, not smaller.
        var cost = ranked.Aggregate((decimal?)0m, (sum, r) => sum + r.CostUsd);
        var skipped = screening.Options.UseLlm ? scored.Count(r => r.LlmScore is null) : 0;
        decimal? saved = llmScored == 0 ? 0m : cost is { } known ? Math.Round(known / llmScored * skipped, 6) : null;

        return new ScreeningReport(
            screening.ScreeningId,
            screening.JobId,
            screening.JobTitle,
            screening.CompletedAt,
            screening.Options.Threshold,
            new ScreeningReportTotals(
                ranked.Count,
                scored.Count,
                ranked.Count - scored.Count,
                rows.Count(r => r.Passed),
                scored.Count(r => r.KnockedOut),
                llmScored)
            {
                Reviewed = rows.Count(r => r.Decision is DecisionStates.Confirmed or DecisionStates.Overridden),
                Overridden = rows.Count(r => r.Decision == DecisionStates.Overridden),
                PendingReview = rows.Count(r => r.Decision == DecisionStates.PendingReview),
            },
            new ScreeningReportCost(ranked.Sum(r => (long)r.InputTokens), ranked.Sum(r => (long)r.OutputTokens), cost, skipped, saved),
            Distribution(scored.Select(r => r.Score)),
            rows)
        {
            Amendments = screening.Amendments,
        };
    }

    /// <summary>
    /// The decision that stands: a review's when there is one; otherwise the scoring's, with a rejection marked
    /// pending when the screening makes automated rejections provisional (a failed scoring is no rejection).
    /// </summary>
    private static ScreeningReportRow WithDecision(ScreeningReportRow row, CandidateReview? review, bool provisionalRejections)
    {
        var automated = row with { AutomatedPassed = row.Passed };
        if (review is not null)
        {
            return automated with
            {
                Passed = review.Passed,
                Decision = review.Decision == ReviewDecision.Override ? DecisionStates.Overridden : DecisionStates.Confirmed,
                Reviewer = review.Reviewer,
                ReviewReason = review.Reason,
            };
        }

        return provisionalRejections && !row.Passed && row.ErrorCode is null
            ? automated with { Decision = DecisionStates.PendingReview }
            : automated;
    }

    /// <summary>Why each must-have that is not plainly met counts as it does, in the recruiter's words.</summary>
    public static IReadOnlyList<string> MustHaveNotes(CandidateResultDocument result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Requirements
            .Where(g => g.MustHave && g.Status != RequirementStatus.Met)
            .Select(g => $"{g.Requirement}: {g.Reason}{(g.IsKnockOut ? " (knock-out)" : string.Empty)}")
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Ten bars of width 10 over 0–100; a score of exactly 100 falls in the last.</summary>
    public static IReadOnlyList<ScoreBin> Distribution(IEnumerable<double> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var counts = new int[100 / BinWidth];
        foreach (var score in scores)
        {
            var bin = Math.Clamp((int)Math.Floor(score / BinWidth), 0, counts.Length - 1);
            counts[bin]++;
        }

        return counts.Select((c, i) => new ScoreBin(i * BinWidth, (i + 1) * BinWidth, c)).ToList();
    }
}
