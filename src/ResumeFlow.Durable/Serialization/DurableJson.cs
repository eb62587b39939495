using System.Text.Json;

namespace ResumeFlow.Durable.Serialization;

/// <summary>
/// JSON of the engine's own rows (history, inbox, failures). Payloads inside them (inputs, outputs,
/// events) are already strings serialized by the SDK's <c>DataConverter</c>.
/// </summary>
internal static class DurableJson
{
    /// <summary>History rows: enums by name so the stored JSON reads like Durable's.</summary>
    public static JsonSerializerOptions HistoryOptions => HistoryJsonContext.Default.Options;
}
