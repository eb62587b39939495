using ResumeFlow.Storage.Artifacts;
using ResumeFlow.Workflows.Calls;

namespace ResumeFlow.Workflows.Api;

/// <summary>How every front starts a call analysis from a request, so the host and the Functions app cannot disagree.</summary>
public static class CallAnalysisStarts
{
    /// <summary>The JSON body: reads the named transcripts from the inbox container (each under the file limit) and starts the run.</summary>
    public static async Task<string> StartAsync(ICallAnalysisService calls, IArtifactStore artifacts, CreateCallAnalysisBody body, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(calls);
        ArgumentNullException.ThrowIfNull(artifacts);
        ArgumentNullException.ThrowIfNull(body);
        body.Validate();
        var uploads = new List<CallTranscriptUpload>(body.Transcripts!.Count);
        foreach (var name in body.Transcripts!.Distinct(StringComparer.Ordinal))
        {
            Stream stream;
            try
            {
                stream = await artifacts.OpenReadAsync(CallArtifacts.InboxContainer, name, cancellationToken).ConfigureAwait(false);
            }
            catch (ArtifactNotFoundException)
            {
                throw new ApiException(new ApiError(404, CallApiErrorCodes.TranscriptNotFound, $"No transcript '{name}' in the '{CallArtifacts.InboxContainer}' container."));
            }

            await using (stream.ConfigureAwait(false))
            {
                uploads.Add(new CallTranscriptUpload(name, await LimitedBody.ReadAsync(stream, ApiLimits.MaxTranscriptBytes, cancellationToken).ConfigureAwait(false)));
            }
        }

        return await calls.StartAsync(uploads, body.CandidateId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One transcript as the raw body, named by the request: read under the file limit (413 beyond it) and started.</summary>
    public static async Task<string> StartRawAsync(ICallAnalysisService calls, Stream body, string fileName, string? candidateId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(calls);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        CreateCallAnalysisBody.CheckCandidateId(candidateId);
        var content = await LimitedBody.ReadAsync(body, ApiLimits.MaxTranscriptBytes, cancellationToken).ConfigureAwait(false);
        return await calls.StartAsync([new CallTranscriptUpload(fileName, content)], candidateId, cancellationToken).ConfigureAwait(false);
    }
}
