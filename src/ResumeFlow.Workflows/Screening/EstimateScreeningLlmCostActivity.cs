using Microsoft.DurableTask;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ResumeFlow.Llm;
using ResumeFlow.Workflows.Scoring;

namespace ResumeFlow.Workflows.Screening;

/// <summary>
/// Estimates what LLM-scoring each chosen candidate will cost (prompt and CV tokens plus the expected answer, at the
/// scoring model's price from the catalogue), so the orchestration can hold the pass to a budget before any call.
/// </summary>
internal sealed class EstimateScreeningLlmCostActivity(
    ScreeningJobCache jobs,
    ScreeningCandidateLoader candidates,
    CandidateSets sets,
    LlmCandidateScorer scorer,
    IOptions<LlmOptions> llm,
    IHostApplicationLifetime lifetime) : TaskActivity<EstimateLlmCostInput, ScreeningCostEstimate>
{
    public override async Task<ScreeningCostEstimate> RunAsync(TaskActivityContext context, EstimateLlmCostInput input)
    {
        ArgumentNullException.ThrowIfNull(input);

        // The SDK gives activities no token; host shutdown abandons the attempt, which runs again after restart.
        var cancellationToken = lifetime.ApplicationStopping;
        var job = await jobs.GetAsync(input.JobId, cancellationToken).ConfigureAwait(false);
        var ids = await sets.ReadAsync(input.Candidates, cancellationToken).ConfigureAwait(false);
        var costs = new List<decimal>(ids.Count);
        foreach (var id in ids)
        {
            var loaded = await candidates.LoadAsync(id, input.Blind, cancellationToken).ConfigureAwait(false);
            var characters = loaded.Candidate?.Text.Length ?? 0;
            if (scorer.EstimateCostPerCandidate(job.Job, characters, llm.Value.Deployment) is not { } cost)
            {
                return new ScreeningCostEstimate([], PriceKnown: false);
            }

            costs.Add(cost);
        }

        return new ScreeningCostEstimate(costs, PriceKnown: true);
    }
}
