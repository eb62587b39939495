using System.Text.Json;
using ResumeFlow.Storage.Artifacts;
using ResumeFlow.Storage.Documents;
using ResumeFlow.Workflows.Reports;
using ResumeFlow.Workflows.Review;

namespace ResumeFlow.Workflows.Screening;

/// <summary>
/// Builds a screening's report from its stored results, reviews and linked call notes, writes report.json/.csv/.html and
/// the screening document with the totals. Used at the fan-in and again whenever a review or an erasure
/// changes what the report must say.
/// </summary>
public sealed class ScreeningReportPublisher(IDocumentStore documents, IArtifactStore artifacts)
{
    public async Task<(ScreeningDocument Screening, ScreeningReport Report)> PublishAsync(
        ScreeningDocument screening,
        IReadOnlyCollection<CandidateResultDocument> results,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(screening);
        ArgumentNullException.ThrowIfNull(results);
        var reviews = await ReadReviewsAsync(documents, screening.ScreeningId, cancellationToken).ConfigureAwait(false);
        var locations = ScreeningReportLocations.For(screening.ScreeningId);
        var calls = await Calls.CandidateCallNotes.FindAsync(artifacts, results.Select(r => r.CandidateId), cancellationToken).ConfigureAwait(false);
        var report = ScreeningReportBuilder.Build(screening with { Reports = locations }, results, reviews, calls.ToDictionary(c => c.Key, c => c.Value.Summary, StringComparer.Ordinal));
        screening = screening with
        {
            Reports = locations,
            Total = report.Totals.Total,
            Scored = report.Totals.Scored,
            Failed = report.Totals.Failed,
            Passed = report.Totals.Passed,
            LlmScored = report.Totals.LlmScored,
            InputTokens = report.Cost.InputTokens,
            OutputTokens = report.Cost.OutputTokens,
            CostUsd = report.Cost.CostUsd,
        };

        await WriteAsync(locations.Json, JsonReportWriter.ContentType, s => JsonReportWriter.WriteAsync(report, s, cancellationToken), cancellationToken).ConfigureAwait(false);
        await WriteAsync(locations.Csv, CsvReportWriter.ContentType, s => CsvReportWriter.WriteAsync(report, s, cancellationToken), cancellationToken).ConfigureAwait(false);
        await WriteAsync(locations.Html, HtmlReportWriter.ContentType, s => HtmlReportWriter.WriteAsync(report, screening.Options.ReportTopN, s, cancellationToken), cancellationToken).ConfigureAwait(false);
        await documents.UpsertAsync(DocumentContainers.Screenings, screening.ScreeningId, screening.Id, screening, cancellationToken: cancellationToken).ConfigureAwait(false);
        return (screening, report);
    }

    /// <summary>The latest review of each reviewed candidate of a screening (what the report shows beside the results).</summary>
    public static async Task<IReadOnlyList<CandidateReview>> ReadReviewsAsync(IDocumentStore documents, string screeningId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var reviews = new List<CandidateReview>();
        await foreach (var element in documents.ReadPartitionAsync<JsonElement>(DocumentContainers.Screenings, screeningId, cancellationToken).ConfigureAwait(false))
        {
            if (element.TryGetProperty("kind", out var kind) && kind.ValueEquals(ScreeningDocumentKinds.Review)
                && element.Deserialize<CandidateReview>(DocumentJson.SerializerOptions) is { } review)
            {
                reviews.Add(review);
            }
        }

        return reviews;
    }

    /// <summary>Rebuilds the reports of a completed screening from what is stored now.</summary>
    public async Task<ScreeningReport> RepublishAsync(ScreeningDocument screening, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(screening);
        var results = new List<CandidateResultDocument>();
        await foreach (var result in ScreeningPartition.ReadResultsAsync(documents, screening.ScreeningId, cancellationToken).ConfigureAwait(false))
        {
            results.Add(result);
        }

        return (await PublishAsync(screening, results, cancellationToken).ConfigureAwait(false)).Report;
    }

    private async Task WriteAsync(string name, string contentType, Func<Stream, Task> write, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await write(buffer).ConfigureAwait(false);
        buffer.Position = 0;
        await artifacts.PutAsync(ArtifactContainers.Reports, name, buffer, contentType, cancellationToken).ConfigureAwait(false);
    }
}
