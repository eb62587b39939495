namespace ResumeFlow.Workflows.Analysis;

/// <summary>
/// What one section task ended with: small enough for history and custom status. <see cref="ProducedBy"/> names
/// the deployment or <c>deterministic</c>; <see cref="Details"/> references the stored <see cref="SectionAnalysis"/>.
/// </summary>
public sealed record SectionOutcome(string Section, SectionState State, double? Score, string? ProducedBy, string? Reason, string? Details, int Fallbacks = 0)
{
    public const string Deterministic = "deterministic";

    public static SectionOutcome Failed(string section, string code, string message) => new(section, SectionState.Failed, null, null, code + ": " + message, null);
}
