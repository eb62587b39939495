using System.Text.Json;
using Microsoft.DurableTask;
using Microsoft.Extensions.Options;
using ResumeFlow.Storage.Artifacts;
using ResumeFlow.Storage.Documents;
using ResumeFlow.Workflows.Analysis.Reports;

namespace ResumeFlow.Workflows.Analysis;

/// <summary>
/// Aggregates the sections: weighted overall score (a section that did not complete counts 0), the plan ordered by
/// expected gain × section weight, the tailored draft (unsupported suggestions dropped and counted), and the four
/// report files in storage.
/// </summary>
public sealed class CompleteAnalysisActivity(IDocumentStore documents, IArtifactStore artifacts, IOptions<AnalysisOptions> options)
    : TaskActivity<CompleteAnalysisInput, AnalysisSummary>
{
    public override async Task<AnalysisSummary> RunAsync(TaskActivityContext context, CompleteAnalysisInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var ct = CancellationToken.None;
        var inputs = await AnalysisInputs.LoadAsync(documents, artifacts, input.Input.CandidateId, input.Input.JobId, ct).ConfigureAwait(false);
        var sections = new List<SectionAnalysis>();
        foreach (var outcome in input.Sections.Where(o => o is { State: SectionState.Completed, Details: not null }))
        {
            var (container, name) = Ingestion.IngestionArtifacts.Split(outcome.Details!);
            var stream = await artifacts.OpenReadAsync(container, name, ct).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                sections.Add((await JsonSerializer.DeserializeAsync<SectionAnalysis>(stream, AnalysisJson.Options, ct).ConfigureAwait(false))!);
            }
        }

        var weights = options.Value.SectionWeights;
        var planned = input.Sections.Where(o => weights.GetValueOrDefault(o.Section) > 0).ToList();
        var weightSum = planned.Sum(o => weights[o.Section]);
        var overall = weightSum == 0 ? 0 : Math.Round(planned.Sum(o => weights[o.Section] * (o.State == SectionState.Completed ? o.Score ?? 0 : 0)) / weightSum, 1);

        var tailored = TailoredCv.Build(inputs.CvText, inputs.Sections, sections.SelectMany(s => s.Suggestions));
        var plan = tailored.Applied
            .Select(s => s with { ExpectedGain = Math.Round(s.ExpectedGain * weights.GetValueOrDefault(s.Section) / Math.Max(weightSum, 1e-9), 2) })
            .OrderByDescending(s => s.ExpectedGain)
            .ThenBy(s => s.Section, StringComparer.Ordinal)
            .ToList();
        var report = new AnalysisReport(input.AnalysisId, input.Input.CandidateId, input.Input.JobId, inputs.Job.Title, overall,
            weights, input.Sections, sections, plan, tailored.Dropped, tailored.Markdown);

        var references = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in AnalysisReportWriters.Files)
        {
            var name = AnalysisArtifacts.ReportName(input.AnalysisId, file);
            using var content = new MemoryStream(await AnalysisReportWriters.WriteAsync(file, report, ct).ConfigureAwait(false));
            await artifacts.PutAsync(AnalysisArtifacts.Container, name, content, ContentType(file), ct).ConfigureAwait(false);
            references[file] = AnalysisArtifacts.Container + "/" + name;
        }

        return new AnalysisSummary(input.AnalysisId, overall, input.Sections, input.ScheduleOrder,
            input.Sections.Sum(o => o.Fallbacks), input.Sections.Count(o => o.State == SectionState.Skipped),
            tailored.Applied.Count, tailored.Dropped, references);
    }

    private static string ContentType(string file) => Path.GetExtension(file) switch
    {
        ".json" => "application/json",
        ".md" => "text/markdown",
        ".html" => "text/html",
        _ => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    };
}
