namespace ResumeFlow.Workflows.Ingestion;

/// <summary>The structured-output shape the LLM fills for a CV (see <see cref="LlmProfileExtractor"/>).</summary>
internal sealed record LlmProfileReply(
    IReadOnlyList<LlmProfileJob>? WorkHistory,
    IReadOnlyList<LlmProfileSchool>? Education,
    IReadOnlyList<string>? Skills,
    IReadOnlyList<LlmProfileLanguage>? Languages,
    IReadOnlyList<string>? Certifications);

internal sealed record LlmProfileJob(string? Title, string? Company, string? Location, string? Start, string? End, bool IsCurrent);

internal sealed record LlmProfileSchool(string? Degree, string? Field, string? Institution, string? End);

internal sealed record LlmProfileLanguage(string Name, string? Level);
