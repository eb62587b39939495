using System.Globalization;
using System.Text;

namespace ResumeFlow.Workflows.Reports;

/// <summary>Writes report.csv (RFC 4180): one row per candidate in rank order; lists are joined with "; ".</summary>
public static class CsvReportWriter
{
    public const string ContentType = "text/csv";

    public static readonly IReadOnlyList<string> Header =
    [
        "rank", "candidate_id", "file_name", "candidate_name", "score", "deterministic_score", "llm_score",
        "passed", "knocked_out", "matched_skills", "missing_must_haves", "evidence", "error_code", "must_have_notes",
        "automated_passed", "decision", "reviewer", "review_reason",
    ];

    public static async Task WriteAsync(ScreeningReport report, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        await using var writer = new StreamWriter(output, new UTF8Encoding(false), 64 * 1024, leaveOpen: true);
        await writer.WriteAsync(string.Join(',', Header) + "\r\n").ConfigureAwait(false);
        foreach (var row in report.Candidates)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string[] fields =
            [
                row.Rank.ToString(CultureInfo.InvariantCulture),
                row.CandidateId,
                row.FileName ?? string.Empty,
                row.CandidateName ?? string.Empty,
                row.Score.ToString("0.0", CultureInfo.InvariantCulture),
                row.DeterministicScore.ToString("0.0", CultureInfo.InvariantCulture),
                row.LlmScore?.ToString("0.0", CultureInfo.InvariantCulture) ?? string.Empty,
                row.Passed ? "true" : "false",
                row.KnockedOut ? "true" : "false",
                string.Join("; ", row.MatchedSkills),
                string.Join("; ", row.MissingMustHaves),
                string.Join("; ", row.Evidence.Take(3)),
                row.ErrorCode ?? string.Empty,
                string.Join("; ", row.MustHaveNotes ?? []),
                row.AutomatedPassed ? "true" : "false",
                row.Decision,
                row.Reviewer ?? string.Empty,
                row.ReviewReason ?? string.Empty,
            ];
            await writer.WriteAsync(string.Join(',', fields.Select(Escape)) + "\r\n").ConfigureAwait(false);
        }

        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Quotes a field when it holds a comma, quote or line break; a leading =, +, @ or - (not a bullet) is defused against spreadsheet formulas.</summary>
    public static string Escape(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (field.Length > 0 && (field[0] is '=' or '+' or '@' || (field[0] == '-' && field.Length > 1 && field[1] != ' ')))
        {
            field = "'" + field;
        }

        return field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }
}
