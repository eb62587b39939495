namespace ResumeFlow.Cli.Hosting;

/// <summary>A CV file and the candidate id it was ingested under (its content hash).</summary>
internal sealed record IngestedCv(string File, string CandidateId);
