using System.Globalization;
using System.Text.Json;
using ResumeFlow.Durable.History;
using Microsoft.DurableTask.Client;

namespace ResumeFlow.Host.Management;

/// <summary>
/// Durable's instance status body: <c>{name, instanceId, runtimeStatus, input, customStatus, output,
/// createdTime, lastUpdatedTime}</c>, plus <c>historyEvents</c> when asked for. Inputs, outputs and
/// custom status are embedded as JSON values, as Durable writes them.
/// </summary>
internal static class OrchestrationStatusPayload
{
    public static Dictionary<string, object?> Create(OrchestrationMetadata metadata, bool showInput, IReadOnlyList<HistoryEvent>? history, bool showHistoryOutput)
    {
        var payload = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["name"] = metadata.Name,
            ["instanceId"] = metadata.InstanceId,
            ["runtimeStatus"] = metadata.RuntimeStatus.ToString(),
            ["input"] = showInput ? Parse(metadata.SerializedInput) : null,
            ["customStatus"] = Parse(metadata.SerializedCustomStatus),
            ["output"] = Output(metadata),
            ["createdTime"] = Format(metadata.CreatedAt.UtcDateTime),
            ["lastUpdatedTime"] = Format(metadata.LastUpdatedAt.UtcDateTime),
        };
        if (history is not null)
        {
            payload["historyEvents"] = HistoryEvents(history, showHistoryOutput);
        }

        return payload;
    }

    private static object? Output(OrchestrationMetadata metadata)
        => metadata.RuntimeStatus == OrchestrationRuntimeStatus.Failed && metadata.FailureDetails is { } failure
            ? $"Orchestrator function '{metadata.Name}' failed: {failure.ErrorMessage}"
            : Parse(metadata.SerializedOutput);

    /// <summary>Durable's condensed history: completions carry their scheduled time; scheduling and replay markers are folded in.</summary>
    private static List<Dictionary<string, object?>> HistoryEvents(IReadOnlyList<HistoryEvent> history, bool showOutput)
    {
        var scheduled = new Dictionary<int, HistoryEvent>();
        var events = new List<Dictionary<string, object?>>();
        foreach (var e in history)
        {
            switch (e.EventType)
            {
                case HistoryEventType.TaskScheduled:
                case HistoryEventType.SubOrchestrationInstanceCreated:
                case HistoryEventType.TimerCreated:
                    scheduled[e.TaskId] = e;
                    break;
                case HistoryEventType.OrchestratorStarted:
                    break;
                case HistoryEventType.ExecutionStarted:
                    events.Add(Event(e, ("FunctionName", e.Name), ("Input", showOutput ? Parse(e.Input) : null)));
                    break;
                case HistoryEventType.TaskCompleted:
                case HistoryEventType.SubOrchestrationInstanceCompleted:
                    var completedFrom = scheduled.GetValueOrDefault(e.TaskId);
                    events.Add(Event(
                        e,
                        ("FunctionName", completedFrom?.Name),
                        ("InstanceId", completedFrom?.InstanceId),
                        ("Result", showOutput ? Parse(e.Result) : null),
                        ("ScheduledTime", completedFrom is null ? null : Format(completedFrom.Timestamp))));
                    break;
                case HistoryEventType.TaskFailed:
                case HistoryEventType.SubOrchestrationInstanceFailed:
                    var failedFrom = scheduled.GetValueOrDefault(e.TaskId);
                    events.Add(Event(
                        e,
                        ("FunctionName", failedFrom?.Name),
                        ("InstanceId", failedFrom?.InstanceId),
                        ("Reason", e.FailureDetails?.ErrorMessage),
                        ("Details", showOutput ? e.FailureDetails?.ErrorType : null),
                        ("ScheduledTime", failedFrom is null ? null : Format(failedFrom.Timestamp))));
                    break;
                case HistoryEventType.TimerFired:
                    events.Add(Event(e, ("FireAt", e.FireAt is { } fireAt ? Format(fireAt) : null)));
                    break;
                case HistoryEventType.EventRaised:
                    events.Add(Event(e, ("Name", e.Name), ("Input", showOutput ? Parse(e.Input) : null)));
                    break;
                case HistoryEventType.ExecutionCompleted:
                    events.Add(Event(
                        e,
                        ("OrchestrationStatus", e.Status?.ToString()),
                        ("Result", showOutput ? Parse(e.Result) : null),
                        ("FailureDetails", e.FailureDetails)));
                    break;
                default:
                    events.Add(Event(e, ("Reason", e.Reason)));
                    break;
            }
        }

        return events;
    }

    private static Dictionary<string, object?> Event(HistoryEvent e, params (string Name, object? Value)[] fields)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal) { ["EventType"] = e.EventType.ToString() };
        foreach (var (name, value) in fields)
        {
            if (value is not null)
            {
                result[name] = value;
            }
        }

        result["Timestamp"] = Format(e.Timestamp);
        return result;
    }

    private static JsonElement? Parse(string? json)
    {
        if (json is null)
        {
            return null;
        }

        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    private static string Format(DateTime utc)
        => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
}
