using ResumeFlow.Core.Scoring;

namespace ResumeFlow.Workflows.Ingestion;

/// <summary>The JSON of cv-features/{id}.json: the features and the key of the text and profile they were read from.</summary>
public sealed record StoredCandidateFeatures(string Key, CandidateFeatureSnapshot Features);
