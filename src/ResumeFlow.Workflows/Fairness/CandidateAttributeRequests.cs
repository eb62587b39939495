using System.Text;
using ResumeFlow.Core.Fairness;
using ResumeFlow.Workflows.Api;

namespace ResumeFlow.Workflows.Fairness;

/// <summary>
/// Reads supplied candidate attributes the same way on every front: CSV (<c>candidateId,attribute,value</c>) or JSON
/// (<c>{"attributes":[{"candidateId","attribute","value"}]}</c>), under the request body limit.
/// </summary>
public static class CandidateAttributeRequests
{
    public static async Task<IReadOnlyList<CandidateAttribute>> ReadAsync(Stream body, string? contentType, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        var bytes = await LimitedBody.ReadAsync(body, ApiLimits.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        try
        {
            if (contentType?.Split(';', 2)[0].Trim() is { } media && (media.Equals("text/csv", StringComparison.OrdinalIgnoreCase) || media.Equals("text/plain", StringComparison.OrdinalIgnoreCase)))
            {
                return CandidateAttributeCsv.Parse(Encoding.UTF8.GetString(bytes));
            }

            using var json = new MemoryStream(bytes);
            var parsed = await ApiRequests.ReadJsonAsync<SelectionRateBody>(json, contentType, cancellationToken).ConfigureAwait(false);
            return (parsed.Attributes ?? throw new CandidateAttributeException("\"attributes\" is required."))
                .Select((a, i) => CandidateAttributeCsv.Validated(a ?? new CandidateAttribute(string.Empty, string.Empty, string.Empty), i + 1))
                .ToList();
        }
        catch (CandidateAttributeException ex)
        {
            throw new ApiException(new ApiError(400, ex.Code, ex.Message));
        }
    }
}
