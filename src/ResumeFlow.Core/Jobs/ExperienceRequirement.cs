namespace ResumeFlow.Core.Jobs;

/// <summary>Years of experience the job asks for in a role or with a skill ("3 years as a baker").</summary>
public sealed record ExperienceRequirement(string Subject, double Years, string Text);
