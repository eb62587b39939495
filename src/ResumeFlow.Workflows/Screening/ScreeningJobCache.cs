using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ResumeFlow.Core.Jobs;
using ResumeFlow.Core.Scoring;
using ResumeFlow.Storage.Documents;
using ResumeFlow.Workflows.Reports;

namespace ResumeFlow.Workflows.Screening;

/// <summary>
/// The analysed job and its prepared scorer, loaded once per job per process rather than once per
/// candidate (a screening of 10,000 candidates scores against one job). Small and bounded.
/// </summary>
internal sealed class ScreeningJobCache(IServiceProvider services, IDocumentStore documents)
{
    private const int Capacity = 16;
    private readonly ConcurrentDictionary<string, Lazy<Task<JobScorer>>> _jobs = new(StringComparer.Ordinal);
    private readonly Lazy<DeterministicScorer> _scorer = new(() =>
        services.GetService<DeterministicScorer>() ?? new DeterministicScorer(services.GetService<IOptions<ScoringWeights>>()?.Value));

    public DeterministicScorer Scorer => _scorer.Value;

    public Task<JobScorer> GetAsync(string jobId, CancellationToken cancellationToken) => GetAsync(jobId, null, cancellationToken);

    /// <summary>The job prepared with a screening's own <paramref name="weights"/> (the host's when null).</summary>
    public async Task<JobScorer> GetAsync(string jobId, ScreeningWeights? weights, CancellationToken cancellationToken)
    {
        if (_jobs.Count > Capacity)
        {
            _jobs.Clear();
        }

        // Weighted scorers are cached under the job id and the weights, which are small and canonical (validated at the start).
        var key = weights is null ? jobId : jobId + "\n" + System.Text.Json.JsonSerializer.Serialize(weights, ScreeningJson.Options);
        var entry = _jobs.GetOrAdd(key, _ => new Lazy<Task<JobScorer>>(() => LoadAsync(jobId, weights)));
        try
        {
            return await entry.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Do not cache a failed load (e.g. the job was not stored yet); the activity's retry loads again.
            _jobs.TryRemove(new KeyValuePair<string, Lazy<Task<JobScorer>>>(key, entry));
            throw;
        }
    }

    private async Task<JobScorer> LoadAsync(string jobId, ScreeningWeights? weights)
    {
        var stored = await documents.ReadAsync<JobProfile>(DocumentContainers.Jobs, jobId, jobId).ConfigureAwait(false)
            ?? throw new ScreeningException(ScreeningErrorCodes.JobNotFound, $"No job has id '{jobId}'.");
        return weights is null
            ? Scorer.Prepare(stored.Document)
            : Scorer.Prepare(stored.Document, weights.ApplyTo(Scorer.Weights), weights.Requirements);
    }
}
