namespace ResumeFlow.Workflows.Analysis;

/// <summary>Input of AnalyzeSection: references, the section name and the deployment to use (null = deterministic analysis).</summary>
public sealed record SectionRequest(string AnalysisId, string CandidateId, string JobId, string Section, string? Deployment);
