using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using ResumeFlow.Core.Candidates;
using ResumeFlow.Storage.Artifacts;

namespace ResumeFlow.Workflows.Calls;

internal sealed class CallAnalysisService : ICallAnalysisService
{
    private readonly DurableTaskClient _client;
    private readonly IArtifactStore _artifacts;
    private readonly CallAnalysisOptions _options;
    private readonly TimeProvider _time;

    public CallAnalysisService(DurableTaskClient client, IArtifactStore artifacts, IOptions<CallAnalysisOptions> options, TimeProvider time)
    {
        _client = client;
        _artifacts = artifacts;
        _options = options.Value;
        _time = time;
    }

    public Task<string> StartAsync(IReadOnlyList<CallTranscriptUpload> transcripts, CancellationToken cancellationToken = default)
        => StartAsync(transcripts, null, cancellationToken);

    public async Task<string> StartAsync(IReadOnlyList<CallTranscriptUpload> transcripts, string? candidateId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transcripts);
        if (candidateId is not null && !CandidateId.IsValid(candidateId))
        {
            throw new ArgumentException("A candidate id is 64 lower-case hex characters (the SHA-256 of the CV file).", nameof(candidateId));
        }

        var runId = RunIdFor(transcripts, candidateId);
        if (await _client.GetInstanceAsync(runId, getInputsAndOutputs: false, cancellationToken).ConfigureAwait(false) is not null)
        {
            // The same transcripts were started before: follow that run instead of paying for it twice.
            return runId;
        }

        foreach (var file in transcripts)
        {
            // Only the file name: a path would let an upload escape the run's folder.
            var name = Path.GetFileName(file.FileName);
            if (name.Length == 0)
            {
                continue;
            }

            using var content = new MemoryStream(file.Content.ToArray());
            await _artifacts.PutAsync(CallArtifacts.Container, CallArtifacts.Source(runId, name), content, "application/octet-stream", cancellationToken).ConfigureAwait(false);
        }

        await new CallRunStore(_artifacts).WriteAsync(CallArtifacts.Settings(runId), new CallRunSettings(candidateId), cancellationToken).ConfigureAwait(false);

        return await _client.ScheduleNewOrchestrationInstanceAsync(
            AnalyzeCallsOrchestrator.Name,
            new AnalyzeCallsInput(runId, _options.ChunkSize),
            new StartOrchestrationOptions(runId),
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The run id from the files' names and bytes: the same upload always names the same run.</summary>
    internal static string RunIdFor(IReadOnlyList<CallTranscriptUpload> transcripts, string? candidateId = null)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        if (candidateId is not null)
        {
            // The same files tied to another candidate are another run.
            hash.AppendData(Encoding.UTF8.GetBytes("candidate:" + candidateId + "\n"));
        }

        foreach (var file in transcripts.OrderBy(f => f.FileName, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file.FileName + "\n" + file.Content.Length.ToString(CultureInfo.InvariantCulture) + "\n"));
            hash.AppendData(file.Content.Span);
        }

        return "calls-" + Convert.ToHexStringLower(hash.GetHashAndReset())[..20];
    }

    public Task<string> RetryFailedAsync(string runId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        return _client.ScheduleNewOrchestrationInstanceAsync(
            AnalyzeCallsOrchestrator.Name,
            new AnalyzeCallsInput(runId, _options.ChunkSize, RetryFailedOnly: true),
            new StartOrchestrationOptions($"{runId}-retry-{_time.GetUtcNow():yyyyMMddHHmmss}"),
            cancellationToken);
    }

    public Task<OrchestrationMetadata?> GetAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(instanceId);
        return _client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, cancellationToken);
    }

    public async Task<AnalyzeCallsResult> WaitAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(instanceId);
        var metadata = await _client.WaitForInstanceCompletionAsync(instanceId, getInputsAndOutputs: true, cancellationToken).ConfigureAwait(false);
        if (metadata.RuntimeStatus != OrchestrationRuntimeStatus.Completed)
        {
            throw new InvalidOperationException($"Call analysis {instanceId} ended {metadata.RuntimeStatus}: {metadata.FailureDetails?.ErrorMessage}");
        }

        return metadata.ReadOutputAs<AnalyzeCallsResult>() ?? throw new InvalidOperationException($"Call analysis {instanceId} has no output.");
    }
}
