namespace ResumeFlow.Workflows.Analysis;

/// <summary>Custom status: the phase and each section's state and score (a few hundred bytes; details stay in storage).</summary>
public sealed record AnalysisStatus(string Phase, IReadOnlyList<SectionStatus> Sections);

/// <summary>One section in <see cref="AnalysisStatus"/>.</summary>
public sealed record SectionStatus(string Section, SectionState State, double? Score, string? By);
