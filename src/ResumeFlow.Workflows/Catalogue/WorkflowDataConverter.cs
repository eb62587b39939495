using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Converters;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace ResumeFlow.Workflows.Catalogue;

/// <summary>
/// How the workflows' inputs, outputs and custom status are written on every executor: camelCase,
/// enums as strings, as Durable's HTTP API and the Functions worker show them.
/// </summary>
public static class WorkflowDataConverter
{
    public static DataConverter Instance { get; } = new JsonDataConverter(new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    });

    /// <summary>Sets <see cref="Instance"/> on every Durable Task worker and client in the container.</summary>
    public static IServiceCollection AddWorkflowDataConverter(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.ConfigureAll<DurableTaskWorkerOptions>(o => o.DataConverter = Instance);
        services.ConfigureAll<DurableTaskClientOptions>(o => o.DataConverter = Instance);
        return services;
    }
}
