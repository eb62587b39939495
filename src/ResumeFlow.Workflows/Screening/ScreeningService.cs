using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using ResumeFlow.Core.Jobs;
using ResumeFlow.Core.Candidates;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using ResumeFlow.Storage.Artifacts;
using ResumeFlow.Storage.Documents;
using ResumeFlow.Workflows.Audit;
using ResumeFlow.Workflows.Reports;

namespace ResumeFlow.Workflows.Screening;

/// <inheritdoc cref="IScreeningService"/>
internal sealed class ScreeningService(
    DurableTaskClient client,
    IDocumentStore documents,
    IArtifactStore artifacts,
    ScreeningLlmAvailability llm,
    IAuditLog audit,
    CandidateSets sets,
    ScreeningJobCache jobs,
    TimeProvider time) : IScreeningService
{
    private const int MaxMissingIdsInMessage = 5;

    public async Task<string> SaveJobAsync(string jobText, string? title = null, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(jobText))
        {
            throw new ScreeningException(ScreeningErrorCodes.JobEmpty, "The job description is empty.");
        }

        // The id is the text's hash: a job saved before is already analysed (perhaps improved by the LLM); keep that.
        var id = JobAnalyzer.ContentId(jobText);
        if (await documents.ReadAsync<JsonElement>(DocumentContainers.Jobs, id, id, cancellationToken).ConfigureAwait(false) is not null && title is null)
        {
            return id;
        }

        var profile = JobAnalyzer.Analyze(jobText, title);
        await documents.UpsertAsync(DocumentContainers.Jobs, profile.Id, profile.Id, profile, cancellationToken: cancellationToken).ConfigureAwait(false);
        return profile.Id;
    }

    public async Task<ScreeningStart> StartAsync(ScreeningRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var options = ValidateOptions(request.Options ?? new ScreeningOptions()) with { };
        options = options with { UseLlm = options.UseLlm && llm.IsConfigured };
        if (options.UseLlm && options.BudgetUsd is { } budget && !llm.PriceKnown)
        {
            throw new ScreeningException(
                ScreeningErrorCodes.PriceUnknown,
                FormattableString.Invariant($"A budget of ${budget} needs the price of the scoring model '{llm.Model}', which is unknown; set Pricing:Deployments:{llm.Model}, or screen without a budget."));
        }

        // Everything is validated before anything is written: a rejected request leaves no job behind.
        string? jobId = null;
        if (!string.IsNullOrWhiteSpace(request.JobId))
        {
            if (!string.IsNullOrEmpty(request.JobText))
            {
                throw new ScreeningException(ScreeningErrorCodes.InvalidRequest, "Give either jobId or jobText, not both.");
            }

            jobId = request.JobId;
            if (!IsValidId(jobId) || await documents.ReadAsync<JsonElement>(DocumentContainers.Jobs, jobId, jobId, cancellationToken).ConfigureAwait(false) is null)
            {
                throw new ScreeningException(ScreeningErrorCodes.JobNotFound, $"No analysed job has id '{jobId}'.");
            }
        }
        else if (request.JobText is null)
        {
            throw new ScreeningException(ScreeningErrorCodes.JobRequired, "A screening needs jobId or jobText.");
        }
        else if (string.IsNullOrWhiteSpace(request.JobText))
        {
            throw new ScreeningException(ScreeningErrorCodes.JobEmpty, "The job description is empty.");
        }

        if (options.Weights is { } weights)
        {
            var job = await JobForWeightsAsync(jobId, request.JobText, request.JobTitle, cancellationToken).ConfigureAwait(false);
            options = options with { Weights = weights.Validate(jobs.Scorer.Weights, job) };
        }

        IReadOnlyList<string> candidateIds;
        var all = request.AllCandidates || request.CandidateIds is null;
        if (all)
        {
            if (request.CandidateIds is { Count: > 0 })
            {
                throw new ScreeningException(ScreeningErrorCodes.InvalidRequest, "Give either candidateIds or all, not both.");
            }

            candidateIds = await ListCandidateIdsAsync(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            candidateIds = request.CandidateIds!.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            await EnsureCandidatesExistAsync(candidateIds, cancellationToken).ConfigureAwait(false);
        }

        if (candidateIds.Count == 0)
        {
            throw new ScreeningException(ScreeningErrorCodes.NoCandidates, all ? "No candidates have been ingested yet." : "The candidate set is empty.");
        }

        jobId ??= await SaveJobAsync(request.JobText!, request.JobTitle, cancellationToken).ConfigureAwait(false);
        var screeningId = ScreeningIds.For(jobId, candidateIds, options);
        var start = new ScreeningStart(screeningId, screeningId, jobId, candidateIds.Count, null);
        return await StartOrFindAsync(
            start,
            async () => new ScreenCandidatesInput(screeningId, jobId, await sets.WriteAsync(CandidateSets.Name(screeningId, screeningId, "all"), candidateIds, cancellationToken).ConfigureAwait(false), options),
            request.RequestedBy,
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<ScreeningStart> RetryFailedAsync(string screeningId, string? requestedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(screeningId);
        var screening = await ReadScreeningAsync(screeningId, cancellationToken).ConfigureAwait(false);
        var failed = new List<CandidateResultDocument>();
        await foreach (var doc in ScreeningPartition.ReadResultsAsync(documents, screeningId, cancellationToken).ConfigureAwait(false))
        {
            if (doc.Kind == ScreeningDocumentKinds.Result && doc.ErrorCode is not null)
            {
                failed.Add(doc);
            }
        }

        if (failed.Count == 0)
        {
            throw new ScreeningException(ScreeningErrorCodes.NothingToRetry, $"Screening '{screeningId}' has no failed candidates.");
        }

        var ids = failed.Select(f => f.CandidateId).Order(StringComparer.Ordinal).ToList();
        var llmIds = failed.Where(f => f.LlmSelected).Select(f => f.CandidateId).Order(StringComparer.Ordinal).ToList();
        var instanceId = $"{screeningId}-retry-{screening.Retries + 1}";
        return await StartOrFindAsync(
            new ScreeningStart(screeningId, instanceId, screening.JobId, ids.Count, null),
            async () => new ScreenCandidatesInput(
                screeningId,
                screening.JobId,
                await sets.WriteAsync(CandidateSets.Name(screeningId, instanceId, "all"), ids, cancellationToken).ConfigureAwait(false),
                screening.Options,
                IsRetry: true,
                LlmCandidates: await sets.WriteAsync(CandidateSets.Name(screeningId, instanceId, "chosen"), llmIds, cancellationToken).ConfigureAwait(false)),
            requestedBy,
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<ScreeningResults> GetResultsAsync(string screeningId, int? top = null, double? minScore = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(screeningId);
        if (top is < 0 || minScore is < 0 or > 100)
        {
            throw new ScreeningException(ScreeningErrorCodes.InvalidRequest, "top must be ≥ 0 and minScore within 0–100.");
        }

        var screening = await ReadScreeningAsync(screeningId, cancellationToken).ConfigureAwait(false);
        var results = new List<CandidateResultDocument>();
        await foreach (var doc in ScreeningPartition.ReadResultsAsync(documents, screeningId, cancellationToken).ConfigureAwait(false))
        {
            if (doc.Kind == ScreeningDocumentKinds.Result)
            {
                results.Add(doc);
            }
        }

        results.Sort(ScreeningRanking.Results);
        var ranked = results
            .Select((r, i) => new RankedResult(i + 1, r))
            .Where(r => minScore is null || (r.Result.ErrorCode is null && r.Result.Score >= minScore))
            .ToList();
        var page = top is { } n ? ranked.Take(n).ToList() : ranked;
        var calls = await Calls.CandidateCallNotes.FindAsync(artifacts, page.Select(r => r.Result.CandidateId), cancellationToken).ConfigureAwait(false);
        return new ScreeningResults(screening, ranked.Count, page.Select(r => r with { Call = calls.GetValueOrDefault(r.Result.CandidateId) }).ToList());
    }

    public async Task<ScreeningReportFile> OpenReportAsync(string screeningId, string format, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(screeningId);
        ArgumentNullException.ThrowIfNull(format);
        var (select, contentType) = format.ToUpperInvariant() switch
        {
            "JSON" => ((Func<ScreeningReportLocations, string>)(l => l.Json), JsonReportWriter.ContentType),
            "CSV" => (l => l.Csv, CsvReportWriter.ContentType),
            "HTML" => (l => l.Html, HtmlReportWriter.ContentType),
            _ => throw new ScreeningException(ScreeningErrorCodes.UnknownReportFormat, $"Unknown report format '{format}'; use json, csv or html."),
        };

        var screening = await ReadScreeningAsync(screeningId, cancellationToken).ConfigureAwait(false);
        var name = select(screening.Reports ?? ScreeningReportLocations.For(screeningId));
        try
        {
            var stream = await artifacts.OpenReadAsync(ArtifactContainers.Reports, name, cancellationToken).ConfigureAwait(false);
            return new ScreeningReportFile(Path.GetFileName(name), contentType, stream);
        }
        catch (ArtifactNotFoundException)
        {
            throw new ScreeningException(ScreeningErrorCodes.ReportNotFound, $"The {format} report of screening '{screeningId}' is missing.");
        }
    }

    /// <summary>Finds the run of <paramref name="start"/> or starts it; the input (and its stored candidate sets) is only made for a new run.</summary>
    private async Task<ScreeningStart> StartOrFindAsync(ScreeningStart start, Func<Task<ScreenCandidatesInput>> createInput, string? requestedBy, CancellationToken cancellationToken)
    {
        var instanceId = start.InstanceId;
        var existing = await client.GetInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false);
        if (existing is not null && existing.RuntimeStatus is not (OrchestrationRuntimeStatus.Failed or OrchestrationRuntimeStatus.Terminated))
        {
            return start with { ExistingStatus = existing.RuntimeStatus };
        }

        if (existing is not null)
        {
            // A failed or terminated run is started afresh under the same id; stored results are overwritten, never lost.
            await client.PurgeInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false);
        }

        var input = await createInput().ConfigureAwait(false);
        await client.ScheduleNewOrchestrationInstanceAsync(
            ScreeningTaskNames.ScreenCandidates,
            input,
            new StartOrchestrationOptions(instanceId),
            cancellationToken).ConfigureAwait(false);
        var started = ScreeningAuditEvents.Started(input.ScreeningId, input.JobId, input.Options, start.Candidates, requestedBy ?? AuditActors.ApiKey, time.GetUtcNow(), input.IsRetry);
        await audit.AppendAsync(started, cancellationToken).ConfigureAwait(false);
        return start;
    }

    private Task<ScreeningDocument> ReadScreeningAsync(string screeningId, CancellationToken cancellationToken)
        => CompletedScreenings.ReadAsync(client, documents, screeningId, cancellationToken);

    private async Task<IReadOnlyList<string>> ListCandidateIdsAsync(CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        await foreach (var doc in documents.ReadAllAsync<CandidateDocument>(DocumentContainers.Candidates, cancellationToken).ConfigureAwait(false))
        {
            if (doc.Status == CandidateStatus.Ingested)
            {
                ids.Add(doc.Id);
            }
        }

        ids.Sort(StringComparer.Ordinal);
        return ids;
    }

    private async Task EnsureCandidatesExistAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var missing = new List<string>();
        foreach (var id in ids)
        {
            if (!IsValidId(id) || await documents.ReadAsync<JsonElement>(DocumentContainers.Candidates, id, id, cancellationToken).ConfigureAwait(false) is null)
            {
                missing.Add(id);
            }
        }

        if (missing.Count > 0)
        {
            var shown = string.Join(", ", missing.Take(MaxMissingIdsInMessage).Select(id => $"'{id}'"));
            var more = missing.Count > MaxMissingIdsInMessage ? $" and {missing.Count - MaxMissingIdsInMessage} more" : string.Empty;
            throw new ScreeningException(ScreeningErrorCodes.CandidateNotFound, $"Unknown candidate id(s): {shown}{more}.");
        }
    }

    // The job the weights name requirements of: the stored one, or (job text not saved yet) its analysis, written by nobody.
    private async Task<JobProfile> JobForWeightsAsync(string? jobId, string? jobText, string? title, CancellationToken cancellationToken)
    {
        var id = jobId ?? JobAnalyzer.ContentId(jobText!);
        var stored = await documents.ReadAsync<JobProfile>(DocumentContainers.Jobs, id, id, cancellationToken).ConfigureAwait(false);
        if (jobId is not null)
        {
            return stored?.Document ?? throw new ScreeningException(ScreeningErrorCodes.JobNotFound, $"No analysed job has id '{jobId}'.");
        }

        return stored is not null && title is null ? stored.Document : JobAnalyzer.Analyze(jobText!, title);
    }

    private static ScreeningOptions ValidateOptions(ScreeningOptions options)
    {
        var errors = new List<ValidationResult>();
        if (!Validator.TryValidateObject(options, new ValidationContext(options), errors, validateAllProperties: true))
        {
            throw new ScreeningException(ScreeningErrorCodes.InvalidOptions, string.Join(" ", errors.Select(e => e.ErrorMessage)));
        }

        return options;
    }

    private static bool IsValidId(string id) => ScreeningIds.IsValid(id);
}
