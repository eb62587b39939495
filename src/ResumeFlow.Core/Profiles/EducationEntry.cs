namespace ResumeFlow.Core.Profiles;

/// <summary>One degree or school: degree as written, field, institution, and dates as "YYYY-MM".</summary>
public sealed record EducationEntry(string? Degree, string? Field, string? Institution, string? Start, string? End, string? Level = null);
