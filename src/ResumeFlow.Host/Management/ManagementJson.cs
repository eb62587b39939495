using System.Text.Json;
using System.Text.Json.Serialization;

namespace ResumeFlow.Host.Management;

/// <summary>JSON of the management API: camelCase, runtime statuses by name, as Durable's HTTP API writes them.</summary>
internal static class ManagementJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };
}
