using ResumeFlow.Core.Profiles;

namespace ResumeFlow.Workflows.Screening;

/// <summary>
/// What scoring needs of one ingested candidate: who it is (for people), the CV text and its stored profile (null when
/// none was stored), and the key its stored features have when they are current (<see cref="Ingestion.CandidateFeatureStore"/>).
/// </summary>
internal sealed record ScreeningCandidate(string CandidateId, string? FileName, string? Name, string Text, CandidateProfile? Profile = null, string? FeaturesKey = null);
