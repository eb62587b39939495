using Microsoft.DurableTask;
using Microsoft.Extensions.Hosting;
using ResumeFlow.Storage.Documents;
using ResumeFlow.Workflows.Audit;

namespace ResumeFlow.Workflows.Screening;

/// <summary>
/// The fan-in's I/O half: records the candidates whose activities failed, reads every result of the
/// screening (one partition), ranks them, applies the threshold, writes the screening document and
/// the JSON, CSV and HTML reports to <c>reports</c>, records each candidate's score in the audit trail, and returns the totals. Idempotent: a re-run
/// rewrites the same documents and files.
/// </summary>
internal sealed class WriteScreeningReportActivity(IDocumentStore documents, ScreeningReportPublisher publisher, IAuditLog audit, CandidateSets sets, IHostApplicationLifetime lifetime)
    : TaskActivity<WriteScreeningReportInput, ScreeningOutcome>
{
    private const int AuditWriteConcurrency = 16;

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

        var failures = input.Failures.ToList();
        foreach (var chunk in input.FailedChunks ?? [])
        {
            var ids = await sets.ReadAsync(chunk.Candidates, cancellationToken).ConfigureAwait(false);
            failures.AddRange(ids.Select(id => new CandidateFailure(id, chunk.Mode, chunk.ErrorCode, chunk.Message)));
        }

        foreach (var failure in failures)
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
        var screening = new ScreeningDocument
        {
            ScreeningId = input.ScreeningId,
            JobId = input.JobId,
            JobTitle = job?.Document.Title,
            Options = previous?.Document.Options ?? input.Options,
            StartedAt = previous?.Document.StartedAt ?? new DateTimeOffset(DateTime.SpecifyKind(input.StartedAt, DateTimeKind.Utc)),
            CompletedAt = completedAt,
            Retries = (previous?.Document.Retries ?? 0) + (input.IsRetry ? 1 : 0),
            Amendments = previous?.Document.Amendments ?? [],
        };

        (screening, var report) = await publisher.PublishAsync(screening, results.Values, cancellationToken).ConfigureAwait(false);
        // One create-only event per candidate, independent of each other: written concurrently, as a store commits
        // many writes at once (SQLite in one transaction, Cosmos DB in parallel requests).
        await Parallel.ForEachAsync(
            results.Values,
            new ParallelOptions { MaxDegreeOfParallelism = AuditWriteConcurrency, CancellationToken = cancellationToken },
            async (result, token) => await audit.AppendAsync(ScreeningAuditEvents.Scored(result), token).ConfigureAwait(false)).ConfigureAwait(false);

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
            screening.Reports!);
    }
}
