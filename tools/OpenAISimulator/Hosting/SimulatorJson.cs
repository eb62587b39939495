using System.Text.Json;

namespace OpenAISimulator.Hosting;

internal static class SimulatorJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);
}
