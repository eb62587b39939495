using System.Text.Json;
using ResumeFlow.Core.Fairness;
using ResumeFlow.Storage.Artifacts;
using ResumeFlow.Workflows.Reports;
using ResumeFlow.Workflows.Screening;

namespace ResumeFlow.Workflows.Fairness;

/// <summary>
/// The selection-rate report of a screening (pass rates and impact ratios per group of supplied attributes), from
/// attributes given with the request or stored for the screening before. Attributes are never inferred.
/// </summary>
public sealed class SelectionRateService(IScreeningService screening, IArtifactStore artifacts)
{
    /// <summary>The report; with no <paramref name="attributes"/>, those stored for the screening (else <see cref="ScreeningErrorCodes.AttributesNotFound"/>).</summary>
    public async Task<SelectionRateReport> CalculateAsync(string screeningId, IReadOnlyList<CandidateAttribute>? attributes = null, CancellationToken cancellationToken = default)
    {
        var selected = await SelectedAsync(screeningId, cancellationToken).ConfigureAwait(false);
        attributes ??= await ReadStoredAsync(artifacts, screeningId, cancellationToken).ConfigureAwait(false)
            ?? throw new ScreeningException(ScreeningErrorCodes.AttributesNotFound, $"No attributes are stored for screening '{screeningId}'; send them (CSV candidateId,attribute,value or JSON) first.");
        return SelectionRateCalculator.Calculate(selected, attributes);
    }

    /// <summary>Stores the attributes for the screening (replacing any stored before) after checking it exists.</summary>
    public async Task SaveAsync(string screeningId, IReadOnlyList<CandidateAttribute> attributes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        await SelectedAsync(screeningId, cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(attributes, ScreeningJson.Options));
        await artifacts.PutAsync(ArtifactContainers.Reports, Name(screeningId), buffer, "application/json", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Drops an erased candidate's attributes from a screening's stored ones; returns whether any were stored.</summary>
    public static async Task<bool> RemoveCandidateAsync(IArtifactStore artifacts, string screeningId, string candidateId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(artifacts);
        if (await ReadStoredAsync(artifacts, screeningId, cancellationToken).ConfigureAwait(false) is not { } stored
            || !stored.Any(a => a.CandidateId == candidateId))
        {
            return false;
        }

        using var buffer = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(stored.Where(a => a.CandidateId != candidateId).ToList(), ScreeningJson.Options));
        await artifacts.PutAsync(ArtifactContainers.Reports, Name(screeningId), buffer, "application/json", cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task<Dictionary<string, bool>> SelectedAsync(string screeningId, CancellationToken cancellationToken)
    {
        // Candidates whose scoring failed were never assessed: they are not in any group.
        var results = await screening.GetResultsAsync(screeningId, cancellationToken: cancellationToken).ConfigureAwait(false);
        return results.Results.Where(r => r.Result.ErrorCode is null).ToDictionary(r => r.Result.CandidateId, r => r.Result.Passed, StringComparer.Ordinal);
    }

    private static async Task<IReadOnlyList<CandidateAttribute>?> ReadStoredAsync(IArtifactStore artifacts, string screeningId, CancellationToken cancellationToken)
    {
        try
        {
            var stream = await artifacts.OpenReadAsync(ArtifactContainers.Reports, Name(screeningId), cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                return await JsonSerializer.DeserializeAsync<List<CandidateAttribute>>(stream, ScreeningJson.Options, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (ArtifactNotFoundException)
        {
            return null;
        }
    }

    private static string Name(string screeningId) => $"{screeningId}/attributes.json";
}
