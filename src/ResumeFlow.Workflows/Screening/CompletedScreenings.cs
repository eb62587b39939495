using Microsoft.DurableTask.Client;
using ResumeFlow.Storage.Documents;

namespace ResumeFlow.Workflows.Screening;

/// <summary>Reads a completed screening's document, telling "still running" (409) from "no such screening" (404).</summary>
internal static class CompletedScreenings
{
    public static async Task<ScreeningDocument> ReadAsync(DurableTaskClient client, IDocumentStore documents, string screeningId, CancellationToken cancellationToken)
    {
        if (ScreeningIds.IsValid(screeningId))
        {
            var stored = await documents.ReadAsync<ScreeningDocument>(DocumentContainers.Screenings, screeningId, ScreeningDocumentKinds.ScreeningDocumentId, cancellationToken).ConfigureAwait(false);
            if (stored is not null)
            {
                return stored.Document;
            }

            if (await client.GetInstanceAsync(screeningId, cancellationToken).ConfigureAwait(false) is { IsRunning: true })
            {
                throw new ScreeningException(ScreeningErrorCodes.ScreeningNotCompleted, $"Screening '{screeningId}' is still running.");
            }
        }

        throw new ScreeningException(ScreeningErrorCodes.ScreeningNotFound, $"No screening has id '{screeningId}'.");
    }
}
