using ResumeFlow.Core.Sections;

namespace ResumeFlow.Workflows.Analysis;

/// <summary>
/// The task graph as data: which sections are analysed, in which priority (experience and skills first), and
/// what each waits for (the summary rewrite needs experience and skills). Experience and skills always get a
/// task (a CV without them fails that task and skips the summary); the others only when the CV has the section:
/// a CV without a summary (or a header line to rewrite into one, as generated Markdown resumes) has nothing to rewrite.
/// </summary>
public static class AnalysisSections
{
    public const string Experience = "experience";
    public const string Skills = "skills";
    public const string Education = "education";
    public const string Projects = "projects";
    public const string Certifications = "certifications";
    public const string Summary = "summary";

    public static IReadOnlyList<string> All { get; } = [Experience, Skills, Education, Projects, Certifications, Summary];

    /// <summary>(section, priority: lower runs first, prerequisites, always planned).</summary>
    public static IReadOnlyList<(string Name, int Priority, string[] DependsOn, bool Always)> Graph { get; } =
    [
        (Experience, 1, [], true),
        (Skills, 1, [], true),
        (Education, 2, [], false),
        (Projects, 3, [], false),
        (Certifications, 3, [], false),
        (Summary, 4, [Experience, Skills], false),
    ];

    /// <summary>
    /// True when a section of <paramref name="kind"/> right after one of <paramref name="section"/>'s sections belongs to it:
    /// the detector splits a skills block at a "Languages: C#, SQL" label (or a skills table's "Languages" row).
    /// </summary>
    public static bool Continues(string section, SectionKind kind) => section == Skills && kind == SectionKind.Languages;

    public static SectionKind[] KindsOf(string section) => section switch
    {
        Experience => [SectionKind.Experience],
        Skills => [SectionKind.Skills],
        Education => [SectionKind.Education],
        Projects => [SectionKind.Projects],
        Certifications => [SectionKind.Certifications],
        Summary => [SectionKind.Summary, SectionKind.Header],
        _ => [],
    };
}
