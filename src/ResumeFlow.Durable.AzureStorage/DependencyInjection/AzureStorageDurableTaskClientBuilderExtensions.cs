using Microsoft.DurableTask.Client;
using ResumeFlow.Durable.AzureStorage;
using ResumeFlow.Durable.AzureStorage.Client;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Plugs the Azure Storage backend into an SDK client.</summary>
public static class AzureStorageDurableTaskClientBuilderExtensions
{
    /// <summary>
    /// Makes this <see cref="DurableTaskClient"/> manage instances of an Azure Storage task hub. Options bind
    /// from <c>Durable:AzureStorage</c>, then <paramref name="configure"/> applies; they are validated at start.
    /// In a process that also runs a worker, both share one orchestration service.
    /// </summary>
    public static IDurableTaskClientBuilder UseAzureStorage(this IDurableTaskClientBuilder builder, Action<AzureStorageDurableOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddAzureStorageDurableOptions(builder.Name, configure);
        return builder.UseBuildTarget<AzureStorageDurableTaskClient>();
    }
}
