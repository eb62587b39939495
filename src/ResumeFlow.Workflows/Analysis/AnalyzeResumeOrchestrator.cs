using System.Globalization;
using Microsoft.DurableTask;

namespace ResumeFlow.Workflows.Analysis;

/// <summary>
/// Plans the section tasks, runs them in priority order (at most the plan's concurrency in flight) as their
/// prerequisites complete, each through its fallback chain — preferred deployment, fallback deployment,
/// deterministic analysis — with a durable timer raced against every attempt. A failed or skipped prerequisite
/// skips its dependents with a reason; the analysis always completes. Custom status shows each section as it ends.
/// </summary>
public sealed class AnalyzeResumeOrchestrator : TaskOrchestrator<AnalyzeResumeInput, AnalysisSummary>
{
    public override async Task<AnalysisSummary> RunAsync(TaskOrchestrationContext context, AnalyzeResumeInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        context.SetCustomStatus(new AnalysisStatus("planning", []));
        var plan = await context.CallActivityAsync<AnalysisPlan>(AnalysisTaskNames.PrepareAnalysis, input);
        var outcomes = new Dictionary<string, SectionOutcome>(StringComparer.Ordinal);
        var running = new Dictionary<Task<SectionOutcome>, string>();
        var order = new List<string>();
        var pending = plan.Tasks.OrderBy(t => t.Priority).ThenBy(t => t.Name, StringComparer.Ordinal).ToList();
        while (pending.Count > 0 || running.Count > 0)
        {
            SettleBlocked(pending, outcomes);
            foreach (var task in pending.Where(t => t.DependsOn.All(d => outcomes.TryGetValue(d, out var o) && o.State == SectionState.Completed)).ToList())
            {
                if (running.Count >= plan.MaxConcurrency)
                {
                    break;
                }

                pending.Remove(task);
                order.Add(task.Name);
                running.Add(RunChainAsync(context, plan, input, task), task.Name);
            }

            Publish(context, "analysing", plan, outcomes, running.Values);
            if (running.Count == 0)
            {
                // Only tasks waiting on sections outside the plan are left: they can never run.
                foreach (var task in pending)
                {
                    outcomes[task.Name] = new SectionOutcome(task.Name, SectionState.Skipped, null, null, AnalysisErrorCodes.PrerequisiteFailed + ": prerequisite not planned", null);
                }

                pending.Clear();
                break;
            }

            var done = await Task.WhenAny(running.Keys);
            running.Remove(done);
            var outcome = await done;
            outcomes[outcome.Section] = outcome;
        }

        Publish(context, "reporting", plan, outcomes, []);
        var ordered = plan.Tasks.Select(t => outcomes[t.Name]).ToList();
        var summary = await context.CallActivityAsync<AnalysisSummary>(
            AnalysisTaskNames.CompleteAnalysis, new CompleteAnalysisInput(context.InstanceId, input, ordered, order));
        Publish(context, "completed", plan, outcomes, []);
        return summary;
    }

    // Missing sections fail; tasks whose prerequisite failed or was skipped are skipped, repeatedly, so skips cascade.
    private static void SettleBlocked(List<SectionTask> pending, Dictionary<string, SectionOutcome> outcomes)
    {
        bool changed;
        do
        {
            changed = false;
            foreach (var task in pending.ToList())
            {
                if (!task.Present)
                {
                    outcomes[task.Name] = SectionOutcome.Failed(task.Name, AnalysisErrorCodes.SectionMissing, $"The CV has no {task.Name} section.");
                }
                else if (task.DependsOn.FirstOrDefault(d => outcomes.TryGetValue(d, out var o) && o.State != SectionState.Completed) is { } blocked)
                {
                    outcomes[task.Name] = new SectionOutcome(task.Name, SectionState.Skipped, null, null, $"{AnalysisErrorCodes.PrerequisiteFailed}: {blocked} {outcomes[blocked].State.ToString().ToLowerInvariant()} ({outcomes[blocked].Reason})", null);
                }
                else
                {
                    continue;
                }

                pending.Remove(task);
                changed = true;
            }
        }
        while (changed);
    }

    private static async Task<SectionOutcome> RunChainAsync(TaskOrchestrationContext context, AnalysisPlan plan, AnalyzeResumeInput input, SectionTask task)
    {
        var reasons = new List<string>();
        var chain = new[] { task.Deployment, task.FallbackDeployment }.Where(d => d is not null).Distinct(StringComparer.Ordinal).Append(null);
        foreach (var deployment in chain)
        {
            var request = new SectionRequest(context.InstanceId, input.CandidateId, input.JobId, task.Name, deployment);
            var outcome = await RaceAsync(context, plan.TaskTimeout, request);
            if (outcome.State == SectionState.Completed || outcome.Reason?.StartsWith(AnalysisErrorCodes.SectionMissing, StringComparison.Ordinal) == true)
            {
                return outcome with { Fallbacks = reasons.Count };
            }

            reasons.Add((deployment ?? SectionOutcome.Deterministic) + ": " + outcome.Reason);
        }

        return new SectionOutcome(task.Name, SectionState.Failed, null, null, string.Join("; ", reasons), null, reasons.Count);
    }

    // The activity against a durable timer; the timer is cancelled when the activity wins, so nothing is left pending.
    private static async Task<SectionOutcome> RaceAsync(TaskOrchestrationContext context, TimeSpan timeout, SectionRequest request)
    {
        using var timerCancellation = new CancellationTokenSource();
        var activity = context.CallActivityAsync<SectionOutcome>(AnalysisTaskNames.AnalyzeSection, request);
        var timer = context.CreateTimer(context.CurrentUtcDateTime.Add(timeout), timerCancellation.Token);
        if (await Task.WhenAny(activity, timer) == activity)
        {
            // Synchronous on purpose: an orchestrator may await only durable tasks, and CancelAsync is not one.
#pragma warning disable CA1849
            timerCancellation.Cancel();
#pragma warning restore CA1849
            try
            {
                return await activity;
            }
            catch (TaskFailedException ex)
            {
                return new SectionOutcome(request.Section, SectionState.Failed, null, request.Deployment, ex.FailureDetails.ErrorMessage, null);
            }
        }

        return new SectionOutcome(request.Section, SectionState.Failed, null, request.Deployment,
            AnalysisErrorCodes.TimedOut + ": no answer within " + timeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture) + " s", null);
    }

    private static void Publish(TaskOrchestrationContext context, string phase, AnalysisPlan plan, Dictionary<string, SectionOutcome> outcomes, IEnumerable<string> running)
    {
        var active = running.ToHashSet(StringComparer.Ordinal);
        context.SetCustomStatus(new AnalysisStatus(phase, plan.Tasks.Select(t => outcomes.TryGetValue(t.Name, out var o)
            ? new SectionStatus(t.Name, o.State, o.Score, o.ProducedBy)
            : new SectionStatus(t.Name, active.Contains(t.Name) ? SectionState.Running : SectionState.Pending, null, null)).ToList()));
    }
}
