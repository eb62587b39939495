using ResumeFlow.Core.Profiles;

namespace ResumeFlow.Workflows.Screening;

/// <summary>What scoring needs of one ingested candidate: who it is (for people), the CV text and its stored profile (null when none was stored).</summary>
internal sealed record ScreeningCandidate(string CandidateId, string? FileName, string? Name, string Text, CandidateProfile? Profile = null);
