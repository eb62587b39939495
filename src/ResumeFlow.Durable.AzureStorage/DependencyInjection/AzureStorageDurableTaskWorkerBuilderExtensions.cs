using Microsoft.DurableTask.Worker;
using ResumeFlow.Durable.AzureStorage;
using ResumeFlow.Durable.AzureStorage.Worker;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Plugs the Azure Storage backend into an SDK worker, as <c>UseGrpc()</c> does for a sidecar.</summary>
public static class AzureStorageDurableTaskWorkerBuilderExtensions
{
    /// <summary>
    /// Runs this worker's orchestrators and activities on an Azure Storage task hub. Options bind from
    /// <c>Durable:AzureStorage</c>, then <paramref name="configure"/> applies; they are validated at start.
    /// </summary>
    public static IDurableTaskWorkerBuilder UseAzureStorage(this IDurableTaskWorkerBuilder builder, Action<AzureStorageDurableOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddAzureStorageDurableOptions(builder.Name, configure);
        return builder.UseBuildTarget<AzureStorageDurableTaskWorker>();
    }
}
