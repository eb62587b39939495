namespace ResumeFlow.Workflows.Batches;

/// <summary>The structured-output shape of <see cref="BatchProfilePrompt.Schema"/>.</summary>
internal sealed record BatchProfileReply(
    string? Name,
    string? Email,
    string? Phone,
    string? Location,
    string? Summary,
    IReadOnlyList<BatchProfilePosition>? Positions,
    IReadOnlyList<BatchProfileSchool>? Education,
    IReadOnlyList<string>? Certifications,
    IReadOnlyList<string>? Skills,
    IReadOnlyList<BatchProfileSkillGroup>? TechnicalSkills);
