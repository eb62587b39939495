using System.Text;
using System.Text.Json;
using Microsoft.DurableTask;
using Microsoft.Extensions.Options;
using ResumeFlow.Storage.Artifacts;
using ResumeFlow.Storage.Documents;

namespace ResumeFlow.Workflows.Analysis;

/// <summary>
/// Analyses one section with the requested deployment (or deterministically), stores the details and returns a
/// small outcome. Provider failures come back as a Failed outcome, so the orchestrator moves down the chain.
/// </summary>
public sealed class AnalyzeSectionActivity(IDocumentStore documents, IArtifactStore artifacts, IOptions<AnalysisOptions> options, AnalysisLlm llm)
    : TaskActivity<SectionRequest, SectionOutcome>
{
    public override async Task<SectionOutcome> RunAsync(TaskActivityContext context, SectionRequest input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var ct = CancellationToken.None;
        var inputs = await AnalysisInputs.LoadAsync(documents, artifacts, input.CandidateId, input.JobId, ct).ConfigureAwait(false);
        if (inputs.SectionText(input.Section) is not { } text)
        {
            return SectionOutcome.Failed(input.Section, AnalysisErrorCodes.SectionMissing, $"The CV has no {input.Section} section.");
        }

        var producer = input.Deployment ?? SectionOutcome.Deterministic;
        var cacheName = AnalysisArtifacts.CacheName(input.CandidateId, text, inputs.Job.Text, producer, SectionAnalyzer.PromptVersion);
        var analysis = options.Value.CacheResults ? await ReadAsync<SectionAnalysis>(AnalysisArtifacts.Container, cacheName, ct).ConfigureAwait(false) : null;
        if (analysis is null)
        {
            if (input.Deployment is null)
            {
                analysis = SectionAnalyzer.Deterministic(input.Section, text, inputs);
            }
            else if (llm.Gateway is null)
            {
                return SectionOutcome.Failed(input.Section, "llm_not_configured", "No LLM is configured for the analysis.");
            }
            else
            {
                var (llmAnalysis, error) = await SectionAnalyzer.WithLlmAsync(llm.Gateway, input.AnalysisId, input.Section, text, inputs, input.Deployment, ct).ConfigureAwait(false);
                if (llmAnalysis is null)
                {
                    return new SectionOutcome(input.Section, SectionState.Failed, null, input.Deployment, error, null);
                }

                analysis = llmAnalysis;
            }

            if (options.Value.CacheResults)
            {
                await WriteAsync(AnalysisArtifacts.Container, cacheName, analysis, ct).ConfigureAwait(false);
            }
        }

        var details = AnalysisArtifacts.SectionName(input.AnalysisId, input.Section);
        await WriteAsync(AnalysisArtifacts.Container, details, analysis, ct).ConfigureAwait(false);
        return new SectionOutcome(input.Section, SectionState.Completed, analysis.Score, analysis.ProducedBy, null, AnalysisArtifacts.Container + "/" + details);
    }

    private async Task<T?> ReadAsync<T>(string container, string name, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            var stream = await artifacts.OpenReadAsync(container, name, cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                return await JsonSerializer.DeserializeAsync<T>(stream, AnalysisJson.Options, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (ArtifactNotFoundException)
        {
            return null;
        }
    }

    private async Task WriteAsync<T>(string container, string name, T value, CancellationToken cancellationToken)
    {
        using var content = new MemoryStream(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(value, AnalysisJson.Options)));
        await artifacts.PutAsync(container, name, content, "application/json", cancellationToken).ConfigureAwait(false);
    }
}
