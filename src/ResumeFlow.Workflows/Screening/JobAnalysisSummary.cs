namespace ResumeFlow.Workflows.Screening;

/// <summary>What the job-analysis activity tells the orchestration: that the profile is stored, and a few facts for the status.</summary>
public sealed record JobAnalysisSummary(string JobId, string? Title, int MustHaveSkills, int NiceToHaveSkills);
