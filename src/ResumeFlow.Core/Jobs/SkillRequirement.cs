namespace ResumeFlow.Core.Jobs;

/// <summary>
/// One skill the job asks for. <see cref="Name"/> is the lexicon's canonical name when the requirement is a
/// known skill, otherwise a short phrase taken from the job ("Attention to detail"); <see cref="Skills"/> are
/// the canonical lexicon skills named in the requirement's line, <see cref="Text"/> the line itself.
/// <see cref="Mandatory"/> marks a must-have the job states as a condition ("must", "required", a "Must have" or
/// "Requirements" heading): only those knock a candidate out when the CV shows neither it nor an equivalent.
/// </summary>
public sealed record SkillRequirement(
    string Name,
    bool MustHave,
    IReadOnlyList<string> Skills,
    string Text,
    double? MinimumYears = null,
    bool Mandatory = false);
