using Microsoft.DurableTask;

namespace ResumeFlow.Workflows.Calls;

/// <summary>The AnalyzeCalls tasks, and their registration in a <see cref="DurableTaskRegistry"/>.</summary>
public static class CallAnalysisTasks
{
    public const string Orchestrator = "orchestrator";
    public const string Activity = "activity";

    public static IReadOnlyList<CallAnalysisTask> All { get; } =
    [
        new(AnalyzeCallsOrchestrator.Name, Orchestrator, typeof(AnalyzeCallsOrchestrator)),
        new(AnalyzeCallChunkOrchestrator.Name, Orchestrator, typeof(AnalyzeCallChunkOrchestrator)),
        new(ReadCallTranscriptsActivity.Name, Activity, typeof(ReadCallTranscriptsActivity)),
        new(AnalyzeCallActivity.Name, Activity, typeof(AnalyzeCallActivity)),
        new(WriteCallReportActivity.Name, Activity, typeof(WriteCallReportActivity)),
    ];

    public static DurableTaskRegistry AddCallAnalysisTasks(this DurableTaskRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return registry
            .AddOrchestrator<AnalyzeCallsOrchestrator>()
            .AddOrchestrator<AnalyzeCallChunkOrchestrator>()
            .AddActivity<ReadCallTranscriptsActivity>()
            .AddActivity<AnalyzeCallActivity>()
            .AddActivity<WriteCallReportActivity>();
    }
}
