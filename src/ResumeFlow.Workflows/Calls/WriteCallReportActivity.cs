using System.Text;
using Microsoft.DurableTask;
using Microsoft.Extensions.Hosting;
using ResumeFlow.Core.Calls;
using ResumeFlow.Core.Calls.Aggregation;
using ResumeFlow.Core.Calls.Transcripts;
using ResumeFlow.Workflows.Calls.Reports;

namespace ResumeFlow.Workflows.Calls;

/// <summary>
/// Folds a run's stored results into the aggregate and writes report.json, report.html and report.csv. A call
/// without a stored result (its activity failed) appears as failed with <see cref="CallErrorCodes.ActivityFailed"/>.
/// </summary>
public sealed class WriteCallReportActivity : TaskActivity<WriteCallReportInput, bool>
{
    public const string Name = nameof(WriteCallReportActivity);

    private readonly CallRunStore _store;
    private readonly TimeProvider _time;
    private readonly IHostApplicationLifetime _lifetime;

    public WriteCallReportActivity(CallRunStore store, TimeProvider time, IHostApplicationLifetime lifetime)
    {
        _store = store;
        _time = time;
        _lifetime = lifetime;
    }

    public override async Task<bool> RunAsync(TaskActivityContext context, WriteCallReportInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        // The SDK gives activities no token; host shutdown abandons the attempt, which runs again after restart.
        var cancellationToken = _lifetime.ApplicationStopping;
        var calls = new List<CallAnalysis>(input.CallIds.Count);
        var transcripts = new Dictionary<string, CallTranscript>(StringComparer.Ordinal);
        foreach (var id in input.CallIds)
        {
            var transcript = await _store.ReadAsync<CallTranscript>(CallArtifacts.Call(input.RunId, id), cancellationToken).ConfigureAwait(false);
            transcripts[id] = transcript;
            calls.Add(await _store.TryReadAsync<CallAnalysis>(CallArtifacts.Result(input.RunId, id), cancellationToken).ConfigureAwait(false)
                ?? LlmCallAnalyzer.Unanalysed(transcript) with { ErrorCode = CallErrorCodes.ActivityFailed, ErrorMessage = "The analysis activity failed after its retries." });
        }

        var errors = await _store.TryReadAsync<List<TranscriptError>>(CallArtifacts.Errors(input.RunId), cancellationToken).ConfigureAwait(false) ?? [];
        calls.Sort((x, y) => string.CompareOrdinal(x.CallId, y.CallId));
        var report = new CallReport(input.RunId, _time.GetUtcNow(), CallAggregator.Aggregate(calls, errors.Count), calls, errors);

        await _store.WriteAsync(CallArtifacts.ReportJson(input.RunId), report, cancellationToken).ConfigureAwait(false);
        await CandidateCallNotes.WriteAsync(_store, input.RunId, report.Aggregate.Candidates, report.GeneratedAt, cancellationToken).ConfigureAwait(false);
        using (var html = new MemoryStream(Encoding.UTF8.GetBytes(await CallHtmlReportWriter.RenderAsync(report, transcripts, cancellationToken).ConfigureAwait(false))))
        {
            await _store.Artifacts.PutAsync(CallArtifacts.Container, CallArtifacts.ReportHtml(input.RunId), html, "text/html", cancellationToken).ConfigureAwait(false);
        }

        using var csv = new MemoryStream();
        await CallCsvReportWriter.WriteAsync(report, csv, cancellationToken).ConfigureAwait(false);
        csv.Position = 0;
        await _store.Artifacts.PutAsync(CallArtifacts.Container, CallArtifacts.ReportCsv(input.RunId), csv, "text/csv", cancellationToken).ConfigureAwait(false);
        return true;
    }
}
