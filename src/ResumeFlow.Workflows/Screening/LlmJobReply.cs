namespace ResumeFlow.Workflows.Screening;

/// <summary>What the LLM is asked to read from a job description (the JSON schema in <see cref="LlmJobAnalyzer"/>).</summary>
internal sealed record LlmJobReply(
    string? Title,
    IReadOnlyList<string>? MustHaveSkills,
    IReadOnlyList<string>? NiceToHaveSkills,
    double? MinimumYears,
    string? Location,
    bool? Remote);
