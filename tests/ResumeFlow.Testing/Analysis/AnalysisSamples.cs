namespace ResumeFlow.Testing.Analysis;

/// <summary>A small job and CVs whose sections the detector finds; <c>{skills}</c> lets a test plant simulator markers.</summary>
public static class AnalysisSamples
{
    public const string Job = """
        # Backend Engineer

        ## Must have
        - Python
        - PostgreSQL
        - Docker

        ## Nice to have
        - Kubernetes
        - Terraform
        """;

    public static string Cv(string skillsExtra = "", bool withExperience = true) => string.Join('\n', new[]
    {
        "JANE DOE",
        "Backend engineer",
        "",
        "SUMMARY",
        "Backend engineer with 6 years of experience building APIs.",
        "",
        withExperience ? "EXPERIENCE" : "",
        withExperience ? "Senior Engineer - Acme Corp, Jan 2019 - Present" : "",
        withExperience ? "  - Built booking services in Python with PostgreSQL." : "",
        withExperience ? "  - Shipped every service in Docker containers." : "",
        "",
        "SKILLS",
        "Python, PostgreSQL, Docker",
        "Terraform modules for AWS networking",
        skillsExtra,
        "",
        "EDUCATION",
        "BSc Computer Science, University of Leeds, 2015",
    });
}
