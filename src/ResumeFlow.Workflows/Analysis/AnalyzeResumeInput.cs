namespace ResumeFlow.Workflows.Analysis;

/// <summary>Input of AnalyzeResume: references only (an ingested candidate and a stored job), never the texts.</summary>
public sealed record AnalyzeResumeInput(string CandidateId, string JobId);
