using Microsoft.DurableTask;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ResumeFlow.Core.Calls.Transcripts;

namespace ResumeFlow.Workflows.Calls;

/// <summary>
/// Reads every transcript uploaded for a run, stores each call it finds (one per file, one per export row) and
/// the unreadable files with their error codes; returns only the call ids. Re-running it rewrites the same documents.
/// </summary>
public sealed class ReadCallTranscriptsActivity : TaskActivity<string, ReadTranscriptsResult>
{
    public const string Name = nameof(ReadCallTranscriptsActivity);

    private readonly CallRunStore _store;
    private readonly ILogger<ReadCallTranscriptsActivity> _logger;
    private readonly IHostApplicationLifetime _lifetime;

    public ReadCallTranscriptsActivity(CallRunStore store, ILogger<ReadCallTranscriptsActivity> logger, IHostApplicationLifetime lifetime)
    {
        _store = store;
        _logger = logger;
        _lifetime = lifetime;
    }

    public override async Task<ReadTranscriptsResult> RunAsync(TaskActivityContext context, string input)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(input);
        // The SDK gives activities no token; host shutdown abandons the attempt, which runs again after restart.
        var cancellationToken = _lifetime.ApplicationStopping;
        var prefix = CallArtifacts.SourcePrefix(input);
        var files = new List<(string FileName, byte[] Content)>();
        await foreach (var info in _store.Artifacts.ListAsync(CallArtifacts.Container, prefix, cancellationToken).ConfigureAwait(false))
        {
            var stream = await _store.Artifacts.OpenReadAsync(CallArtifacts.Container, info.Name, cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                using var buffer = new MemoryStream();
                await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
                files.Add((info.Name[prefix.Length..], buffer.ToArray()));
            }
        }

        var result = TranscriptReader.ReadAll(files.OrderBy(f => f.FileName, StringComparer.Ordinal));
        var settings = await _store.TryReadAsync<CallRunSettings>(CallArtifacts.Settings(input), cancellationToken).ConfigureAwait(false);
        foreach (var call in result.Calls)
        {
            var linked = call.CandidateId is null && settings?.CandidateId is { } candidateId ? call with { CandidateId = candidateId } : call;
            await _store.WriteAsync(CallArtifacts.Call(input, call.CallId), linked, cancellationToken).ConfigureAwait(false);
        }

        foreach (var error in result.Errors)
        {
            Log.TranscriptUnreadable(_logger, error.Source, error.Code, error.Message);
        }

        await _store.WriteAsync(CallArtifacts.Errors(input), result.Errors, cancellationToken).ConfigureAwait(false);
        return new ReadTranscriptsResult(result.Calls.Select(c => c.CallId).ToList(), result.Errors.Count);
    }
}
