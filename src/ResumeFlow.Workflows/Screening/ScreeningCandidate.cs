namespace ResumeFlow.Workflows.Screening;

/// <summary>What scoring needs of one ingested candidate: who it is (for people) and the CV text.</summary>
internal sealed record ScreeningCandidate(string CandidateId, string? FileName, string? Name, string Text);
