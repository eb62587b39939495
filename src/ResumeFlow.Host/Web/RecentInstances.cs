using Microsoft.DurableTask.Client;

namespace ResumeFlow.Host.Web;

/// <summary>
/// The most recent orchestration instances of given names, for the pages' lists. Durable's instance query has no
/// name filter, so the pages read instance pages and keep the matches; fine at the scale one host's lists show.
/// </summary>
internal static class RecentInstances
{
    public static async Task<List<OrchestrationMetadata>> ListAsync(
        DurableTaskClient client, Func<OrchestrationMetadata, bool> match, int count, bool withInputsAndOutputs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(match);
        var found = new List<OrchestrationMetadata>();
        var query = new OrchestrationQuery { PageSize = 100, FetchInputsAndOutputs = withInputsAndOutputs };
        await foreach (var instance in client.GetAllInstancesAsync(query).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (match(instance))
            {
                found.Add(instance);
            }
        }

        return [.. found.OrderByDescending(i => i.CreatedAt).Take(count)];
    }
}
