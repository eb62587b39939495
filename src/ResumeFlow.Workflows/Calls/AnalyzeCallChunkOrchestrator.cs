using Microsoft.DurableTask;

namespace ResumeFlow.Workflows.Calls;

/// <summary>
/// Fans out one activity per call of the chunk and counts the outcomes. A call whose activity fails even after
/// retries counts as failed (the report marks it <see cref="CallErrorCodes.ActivityFailed"/>); the chunk goes on.
/// </summary>
public sealed class AnalyzeCallChunkOrchestrator : TaskOrchestrator<AnalyzeCallChunkInput, AnalyzeCallChunkResult>
{
    public const string Name = nameof(AnalyzeCallChunkOrchestrator);

    public override async Task<AnalyzeCallChunkResult> RunAsync(TaskOrchestrationContext context, AnalyzeCallChunkInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var results = await Task.WhenAll(input.CallIds.Select(id => AnalyzeAsync(context, new AnalyzeCallInput(input.RunId, id, input.RetryFailedOnly))));
        var analysed = results.Count(r => r);
        return new AnalyzeCallChunkResult(analysed, results.Length - analysed);
    }

    internal static async Task<bool> AnalyzeAsync(TaskOrchestrationContext context, AnalyzeCallInput input)
    {
        try
        {
            var result = await context.CallActivityAsync<AnalyzeCallResult>(AnalyzeCallActivity.Name, input, CallTaskOptions.Activity);
            return result.Succeeded;
        }
        catch (TaskFailedException)
        {
            return false;
        }
    }
}
