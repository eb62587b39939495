namespace ResumeFlow.Workflows.Analysis;

/// <summary>
/// Input of AnalyzeResume: references only (an ingested candidate and a stored job), never the texts; optionally the
/// deployment every section prefers over <c>Analysis:SectionModels</c> (one of <see cref="AnalysisLlm.Deployments"/>).
/// </summary>
public sealed record AnalyzeResumeInput(string CandidateId, string JobId, string? Deployment = null);
