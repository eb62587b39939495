using System.Runtime.CompilerServices;
using System.Text.Json;
using ResumeFlow.Storage.Documents;

namespace ResumeFlow.Workflows.Screening;

/// <summary>Reads the result documents of a screening's partition (which also holds the screening document itself).</summary>
internal static class ScreeningPartition
{
    public static async IAsyncEnumerable<CandidateResultDocument> ReadResultsAsync(
        IDocumentStore documents,
        string screeningId,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var element in documents.ReadPartitionAsync<JsonElement>(DocumentContainers.Screenings, screeningId, cancellationToken).ConfigureAwait(false))
        {
            if (element.TryGetProperty("kind", out var kind) && kind.ValueEquals(ScreeningDocumentKinds.Result)
                && element.Deserialize<CandidateResultDocument>(DocumentJson.SerializerOptions) is { } result)
            {
                yield return result;
            }
        }
    }
}
