using System.Text.Json;
using System.Text.Json.Serialization;
using ResumeFlow.Durable.History;
using Microsoft.DurableTask;

namespace ResumeFlow.Durable.Serialization;

/// <summary>Source-generated JSON for history rows: a fan-out writes thousands per commit.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = true)]
[JsonSerializable(typeof(HistoryEvent))]
[JsonSerializable(typeof(TaskFailureDetails))]
internal sealed partial class HistoryJsonContext : JsonSerializerContext;
