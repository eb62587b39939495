using Microsoft.DurableTask;
using Microsoft.Extensions.Hosting;
using ResumeFlow.Storage.Artifacts;
using ResumeFlow.Storage.Documents;
using ResumeFlow.Workflows.Reports;

namespace ResumeFlow.Workflows.Screening;

/// <summary>
/// The fan-in's I/O half: records the candidates whose activities failed, reads every result of the
/// screening (one partition), ranks them, applies the threshold, writes the screening document and
/// the JSON, CSV and HTML reports to <c>reports</c>, and returns the totals. Idempotent: a re-run
/// rewrites the same documents and files.
/// </summary>
internal sealed class WriteScreeningReportActivity(IDocumentStore documents, IArtifactStore artifacts, IHostApplicationLifetime lifetime)
    : TaskActivity<WriteScreeningReportInput, ScreeningOutcome>
{
    public override async Task<ScreeningOutcome> RunAsync(TaskActivityContext context, WriteScreeningReportInput input)
    {
        // The SDK gives activities no token; host shutdown abandons the attempt, which runs again after restart.
        var cancellationToken = lifetime.ApplicationStopping;
        ArgumentNullException.ThrowIfNull(input);
        var completedAt = new DateTimeOffset(DateTime.SpecifyKind(input.CompletedAt, DateTimeKind.Utc));

        var results = new Dictionary<string, CandidateResultDocument>(StringComparer.Ordinal);
        await foreach (var doc in ScreeningPartition.ReadResultsAsync(documents, input.ScreeningId, cancellationToken).ConfigureAwait(false))
        {
            if (doc.Kind == ScreeningDocumentKinds.Result)
            {
                results[doc.CandidateId] = doc;
            }
        }

        foreach (var failure in input.Failures)
        {
            var failed = results.TryGetValue(failure.CandidateId, out var existing) && failure.Mode == ScoringMode.Llm
                ? existing with { ErrorCode = failure.ErrorCode, ErrorMessage = failure.Message, Passed = false, LlmSelected = true }
                : new CandidateResultDocument
                {
                    Id = failure.CandidateId,
                    ScreeningId = input.ScreeningId,
                    CandidateId = failure.CandidateId,
                    FileName = existing?.FileName,
                    CandidateName = existing?.CandidateName,
                    ErrorCode = failure.ErrorCode,
                    ErrorMessage = failure.Message,
                    ScoredAt = completedAt,
                };
            await documents.UpsertAsync(DocumentContainers.Screenings, input.ScreeningId, failed.Id, failed, cancellationToken: cancellationToken).ConfigureAwait(false);
            results[failed.CandidateId] = failed;
        }

        var previous = await documents.ReadAsync<ScreeningDocument>(DocumentContainers.Screenings, input.ScreeningId, ScreeningDocumentKinds.ScreeningDocumentId, cancellationToken).ConfigureAwait(false);
        var job = await documents.ReadAsync<ScreeningJobTitle>(DocumentContainers.Jobs, input.JobId, input.JobId, cancellationToken).ConfigureAwait(false);
        var locations = ScreeningReportLocations.For(input.ScreeningId);
        var screening = new ScreeningDocument
        {
            ScreeningId = input.ScreeningId,
            JobId = input.JobId,
            JobTitle = job?.Document.Title,
            Options = previous?.Document.Options ?? input.Options,
            StartedAt = previous?.Document.StartedAt ?? new DateTimeOffset(DateTime.SpecifyKind(input.StartedAt, DateTimeKind.Utc)),
            CompletedAt = completedAt,
            Retries = (previous?.Document.Retries ?? 0) + (input.IsRetry ? 1 : 0),
            Reports = locations,
        };

        var calls = await Calls.CandidateCallNotes.FindAsync(artifacts, results.Keys, cancellationToken).ConfigureAwait(false);
        var report = ScreeningReportBuilder.Build(screening, results.Values, calls.ToDictionary(c => c.Key, c => c.Value.Summary, StringComparer.Ordinal));
        screening = screening with
        {
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
        await documents.UpsertAsync(DocumentContainers.Screenings, input.ScreeningId, screening.Id, screening, cancellationToken: cancellationToken).ConfigureAwait(false);

        return new ScreeningOutcome(
            input.ScreeningId,
            input.JobId,
            screening.Total,
            screening.Scored,
            screening.Failed,
            screening.Passed,
            screening.LlmScored,
            screening.InputTokens,
            screening.OutputTokens,
            screening.CostUsd,
            report.Candidates.Take(10).Select(r => new RankedCandidate(r.Rank, r.CandidateId, r.Score, r.Passed)).ToList(),
            locations);
    }

    private async Task WriteAsync(string name, string contentType, Func<Stream, Task> write, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await write(buffer).ConfigureAwait(false);
        buffer.Position = 0;
        await artifacts.PutAsync(ArtifactContainers.Reports, name, buffer, contentType, cancellationToken).ConfigureAwait(false);
    }
}
