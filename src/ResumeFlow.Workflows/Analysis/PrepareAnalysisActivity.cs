using Microsoft.DurableTask;
using Microsoft.Extensions.Options;
using ResumeFlow.Storage.Artifacts;
using ResumeFlow.Storage.Documents;

namespace ResumeFlow.Workflows.Analysis;

/// <summary>Reads the CV's sections and builds the task graph with each section's deployments.</summary>
public sealed class PrepareAnalysisActivity(IDocumentStore documents, IArtifactStore artifacts, IOptions<AnalysisOptions> options, AnalysisLlm llm)
    : TaskActivity<AnalyzeResumeInput, AnalysisPlan>
{
    public override async Task<AnalysisPlan> RunAsync(TaskActivityContext context, AnalyzeResumeInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var inputs = await AnalysisInputs.LoadAsync(documents, artifacts, input.CandidateId, input.JobId, CancellationToken.None).ConfigureAwait(false);
        var o = options.Value;
        var tasks = new List<SectionTask>();
        foreach (var (name, priority, dependsOn, always) in AnalysisSections.Graph)
        {
            var present = inputs.SectionText(name) is not null;
            if (!present && !always)
            {
                continue;
            }

            var preferred = llm.IsAvailable ? input.Deployment ?? o.SectionModels.GetValueOrDefault(name) ?? o.DefaultDeployment ?? llm.DefaultDeployment : null;
            var fallback = llm.IsAvailable && o.FallbackDeployment != preferred ? o.FallbackDeployment : null;
            tasks.Add(new SectionTask(name, priority, dependsOn, present, preferred, fallback));
        }

        return new AnalysisPlan(tasks, o.MaxConcurrency, o.TaskTimeout);
    }
}
