using System.Text.Json;

namespace ResumeFlow.Durable.Serialization;

/// <summary>JSON for inputs, outputs and history: System.Text.Json with web (camelCase) defaults.</summary>
internal static class DurableJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>History rows: enums by name so the stored JSON reads like Durable's.</summary>
    public static JsonSerializerOptions HistoryOptions => HistoryJsonContext.Default.Options;

    public static string? Serialize(object? value)
        => value is null ? null : JsonSerializer.Serialize(value, value.GetType(), Options);

    public static string? Serialize(object? value, Type declaredType)
        => value is null ? null : JsonSerializer.Serialize(value, value.GetType() == declaredType ? declaredType : value.GetType(), Options);

    public static object? Deserialize(string? json, Type type)
    {
        if (json is null)
        {
            return type.IsValueType && Nullable.GetUnderlyingType(type) is null ? Activator.CreateInstance(type) : null;
        }

        return JsonSerializer.Deserialize(json, type, Options);
    }

    public static T? Deserialize<T>(string? json) => json is null ? default : JsonSerializer.Deserialize<T>(json, Options);
}
