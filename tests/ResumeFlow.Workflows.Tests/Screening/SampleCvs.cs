namespace ResumeFlow.Workflows.Tests.Screening;

/// <summary>A job and CVs of clearly different fit, written for these tests.</summary>
internal static class SampleCvs
{
    public const string Job = """
        # Senior Backend Engineer

        ## Requirements
        - 5+ years of experience building backend services
        - Strong C# and .NET
        - SQL and PostgreSQL
        - Docker and Kubernetes

        ## Nice to have
        - Azure
        - Redis
        """;

    public static string Strong(int variant) => $"""
        Alex Strong {variant}
        Senior Backend Engineer

        Experience
        Backend Engineer, Contoso (2015 - 2025)
        - Built C# .NET services on Kubernetes and Docker, team {variant}
        - Designed PostgreSQL schemas and SQL queries
        - Ran Redis caches on Azure

        Education
        BSc Computer Science
        """;

    public static string Medium(int variant) => $"""
        Morgan Medium {variant}
        Software Engineer

        Experience
        Software Engineer, Initech (2019 - 2025)
        - Java services with SQL and Docker, project {variant}
        - Some C# tooling
        """;

    public static string Weak(int variant) => $"""
        Wei Weak {variant}
        Frontend developer

        Experience
        Web Developer, Fabrikam (2022 - 2025)
        - React, TypeScript and CSS, site {variant}
        """;

    /// <summary>Strong, medium and weak CVs in turn.</summary>
    public static string Mixed(int i) => (i % 3) switch
    {
        0 => Strong(i),
        1 => Medium(i),
        _ => Weak(i),
    };
}
