using ResumeFlow.Core.Jobs;
using ResumeFlow.Core.Scoring;

namespace ResumeFlow.Core.Tests.Scoring;

public sealed class RequirementGradingTests
{
    private const string MandatoryJob = """
        ## Job title
        Backend Engineer

        ## Must have
        - 5+ years of professional software development experience
        - C#
        - PostgreSQL
        - Kubernetes
        """;

    private const string Cv = """
        ## Experience
        Backend Engineer, Contoso GmbH, Jan 2018 - Dec 2024
        - Built payment services in C# on MySQL

        ## Skills
        C#, MySQL
        """;

    private static DeterministicScorer CreateSut() => new(timeProvider: new FixedTimeProvider(new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero)));

    private static CandidateScore Score(string job, string cv) => CreateSut().Score(JobAnalyzer.Analyze(job), new ScoringInput("c1", cv));

    [Fact]
    public void Must_have_met_by_lexicon_equivalent_names_the_equivalent_and_is_no_knock_out()
    {
        var score = Score(MandatoryJob, Cv);

        var postgres = Assert.Single(score.Requirements, r => r.Requirement == "PostgreSQL");
        Assert.Equal(RequirementStatus.MetByEquivalent, postgres.Status);
        Assert.Equal("MySQL", postgres.Equivalent);
        Assert.DoesNotContain(score.KnockOuts, k => k.Contains("PostgreSQL", StringComparison.Ordinal));
    }

    [Fact]
    public void Mandatory_must_have_absent_with_no_equivalent_is_a_knock_out_that_says_why()
    {
        var score = Score(MandatoryJob, Cv);

        var knockOut = Assert.Single(score.KnockOuts);
        Assert.StartsWith("Kubernetes: absent", knockOut, StringComparison.Ordinal);
        Assert.Contains("OpenShift", knockOut, StringComparison.Ordinal);
        Assert.True(score.KnockedOut);
    }

    [Fact]
    public void Must_have_absent_under_a_heading_that_does_not_make_it_mandatory_is_no_knock_out()
    {
        var job = MandatoryJob.Replace("## Must have", "## Qualifications", StringComparison.Ordinal);

        var score = Score(job, Cv);

        Assert.Equal(RequirementStatus.Absent, Assert.Single(score.Requirements, r => r.Requirement == "Kubernetes").Status);
        Assert.Empty(score.KnockOuts);
        Assert.Contains("Kubernetes", score.MissingSkills);
    }

    [Fact]
    public void Years_of_generic_software_development_are_an_experience_requirement_not_a_skill()
    {
        var job = JobAnalyzer.Analyze(MandatoryJob);

        Assert.DoesNotContain(job.Requirements, r => r.Name.Contains("Software Development", StringComparison.OrdinalIgnoreCase) || r.Skills.Contains("Software Development"));
        Assert.DoesNotContain("Software Development", job.MustHaveSkills);
        Assert.Contains(job.ExperienceRequirements, e => e.Years == 5);
    }

    [Fact]
    public void Matched_and_missing_skills_are_disjoint_and_free_of_duplicates()
    {
        var job = """
            ## Must have
            - .NET (ASP.NET Core)
            - Azure
            - SQL (SQL Server or Azure SQL)
            """;
        var score = Score(job, "## Skills\n.NET, SQL\n\n## Experience\nDeveloper, Contoso, 2019 - 2024\n- Services on .NET with SQL");

        Assert.Equal(score.MatchedSkills.Count, score.MatchedSkills.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(score.MissingSkills.Count, score.MissingSkills.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Empty(score.MatchedSkills.Intersect(score.MissingSkills, StringComparer.OrdinalIgnoreCase));
        Assert.Contains(".NET", score.MatchedSkills);
        Assert.Contains("Azure", score.MissingSkills);
    }

    [Fact]
    public void German_open_ended_role_counts_its_years()
    {
        var cv = """
            ## Berufserfahrung
            Senior Backend-Entwicklerin, Contoso GmbH, Berlin
            Jan. 2019 – heute
            - Zahlungsdienste in C# und ASP.NET Core
            """;

        var features = CreateSut().Extract(new ScoringInput("de", cv));

        Assert.InRange(features.TotalYears, 6.3, 6.5);
    }

    [Fact]
    public void Experience_evidence_is_the_role_line_not_the_bare_dates()
    {
        var cv = """
            ## Experience
            Senior Python Developer, Initech
            Apr 2020 - Present
            - Built Django services
            """;
        var score = Score("## Job title\nPython Developer\n\n## Must have\n- Python\n- Django", cv);

        var evidence = score.Criteria.SelectMany(c => c.Evidence).ToList();
        Assert.DoesNotContain("Apr 2020 - Present", evidence);
        Assert.Contains("Senior Python Developer, Initech", evidence);
    }
}
