using ResumeFlow.Core.Profiles;

namespace ResumeFlow.Core.Scoring;

/// <summary>
/// One candidate to score: the id (content hash), the CV's plain text and, when ingestion built one, the
/// structured profile. The scorer reads the text itself; the profile fills in what the text alone does not give
/// (total years when the CV has no dated jobs, the education level when no degree is named in plain words).
/// </summary>
public sealed record ScoringInput(string CandidateId, string Text, CandidateProfile? Profile = null);
