namespace ResumeFlow.Core.Candidates;

/// <summary>
/// Where a candidate's artifacts are, as "container/name" references into the artifact store:
/// the original upload (cvs), the extracted text (cv-text/{id}.txt) and the profile JSON (cv-profiles/{id}.json).
/// </summary>
public sealed record CandidateArtifacts(string Original, string? Text = null, string? Profile = null);
