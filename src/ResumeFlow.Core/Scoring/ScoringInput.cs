using ResumeFlow.Core.Profiles;

namespace ResumeFlow.Core.Scoring;

/// <summary>
/// One candidate to score: the id (content hash), the CV's plain text and, when ingestion stored one, the
/// structured profile. The profile is the candidate model (dated roles, skills with their lines, education); without
/// one the scorer builds it from the text with <see cref="Profiles.ProfileBuilder"/>. The text gives the lines quoted
/// as evidence and the terms for text matching.
/// </summary>
public sealed record ScoringInput(string CandidateId, string Text, CandidateProfile? Profile = null);
