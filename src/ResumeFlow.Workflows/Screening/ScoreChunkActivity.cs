using System.Collections.Concurrent;
using Microsoft.DurableTask;
using Microsoft.Extensions.Hosting;

namespace ResumeFlow.Workflows.Screening;

/// <summary>
/// The deterministic pass over a whole chunk in one activity: a candidate costs milliseconds, so one
/// dispatch per candidate would cost more than the scoring (and bill an execution each in Functions).
/// Candidates are scored and their result documents upserted concurrently; one candidate's unexpected
/// failure does not fail the others: it is returned as unfinished for the orchestration to retry on its own.
/// </summary>
internal sealed class ScoreChunkActivity(DeterministicCandidateScoring deterministic, CandidateSets sets, IHostApplicationLifetime lifetime)
    : TaskActivity<ScoreChunkInput, ScoreChunkOutcome>
{
    // Point upserts in flight at once: enough to hide store latency, few enough for the Cosmos emulator.
    private const int Concurrency = 8;

    public override async Task<ScoreChunkOutcome> RunAsync(TaskActivityContext context, ScoreChunkInput input)
    {
        ArgumentNullException.ThrowIfNull(input);

        // The SDK gives activities no token; host shutdown abandons the attempt, which runs again after restart.
        var cancellationToken = lifetime.ApplicationStopping;
        var candidateIds = await sets.ReadAsync(input.Candidates, cancellationToken).ConfigureAwait(false);
        var scored = new ConcurrentDictionary<string, CandidateScoreSummary>(StringComparer.Ordinal);
        var unfinished = new ConcurrentDictionary<string, CandidateScoreSummary>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(
            candidateIds,
            new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = cancellationToken },
            async (candidateId, token) =>
            {
                try
                {
                    var summary = await deterministic.ScoreAsync(
                        new ScoreCandidateInput(input.ScreeningId, input.JobId, candidateId, ScoringMode.Deterministic, input.Threshold, input.Blind, input.Weights), token).ConfigureAwait(false);
                    scored[candidateId] = summary;
                }
                catch (Exception ex) when (!token.IsCancellationRequested)
                {
                    // Left to the orchestration's per-candidate activity and its retry policy, which records a final failure.
                    unfinished[candidateId] = new CandidateScoreSummary(candidateId, 0, 0, KnockedOut: false, LlmScored: false, ErrorCode: ScreeningErrorCodes.ScoreFailed)
                    {
                        ErrorMessage = ex.Message,
                    };
                }
            }).ConfigureAwait(false);

        return new ScoreChunkOutcome(
            candidateIds.Where(scored.ContainsKey).Select(id => scored[id]).ToList(),
            candidateIds.Where(unfinished.ContainsKey).Select(id => unfinished[id]).ToList());
    }
}
