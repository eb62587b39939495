using Microsoft.DurableTask;
using Microsoft.Extensions.Hosting;
using ResumeFlow.Core.Calls;
using ResumeFlow.Core.Calls.Transcripts;

namespace ResumeFlow.Workflows.Calls;

/// <summary>
/// Analyses one stored call (<see cref="LlmCallAnalyzer"/>) and stores the result. An LLM failure is a stored result
/// with its error, not an exception; only storage problems throw (and the orchestrator's retry policy applies).
/// </summary>
public sealed class AnalyzeCallActivity : TaskActivity<AnalyzeCallInput, AnalyzeCallResult>
{
    public const string Name = nameof(AnalyzeCallActivity);

    private readonly CallRunStore _store;
    private readonly LlmCallAnalyzer _analyzer;
    private readonly IHostApplicationLifetime _lifetime;

    public AnalyzeCallActivity(CallRunStore store, LlmCallAnalyzer analyzer, IHostApplicationLifetime lifetime)
    {
        _store = store;
        _analyzer = analyzer;
        _lifetime = lifetime;
    }

    public override async Task<AnalyzeCallResult> RunAsync(TaskActivityContext context, AnalyzeCallInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        // The SDK gives activities no token; host shutdown abandons the attempt, which runs again after restart.
        var cancellationToken = _lifetime.ApplicationStopping;
        var resultName = CallArtifacts.Result(input.RunId, input.CallId);
        if (input.SkipIfSucceeded && await _store.TryReadAsync<CallAnalysis>(resultName, cancellationToken).ConfigureAwait(false) is { AnalysisSucceeded: true })
        {
            return new AnalyzeCallResult(input.CallId, true, null);
        }

        var call = await _store.ReadAsync<CallTranscript>(CallArtifacts.Call(input.RunId, input.CallId), cancellationToken).ConfigureAwait(false);
        var analysis = await _analyzer.AnalyzeAsync(call, scope: input.RunId, cancellationToken).ConfigureAwait(false);
        await _store.WriteAsync(resultName, analysis, cancellationToken).ConfigureAwait(false);
        return new AnalyzeCallResult(input.CallId, analysis.AnalysisSucceeded, analysis.ErrorCode);
    }
}
