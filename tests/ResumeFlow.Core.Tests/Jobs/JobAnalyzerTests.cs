using ResumeFlow.Core.Jobs;
using ResumeFlow.Core.Tests.Scoring;

namespace ResumeFlow.Core.Tests.Jobs;

public sealed class JobAnalyzerTests
{
    private const string Job = """
        # Senior Platform Engineer

        Location: Berlin, Germany (hybrid, remote days welcome)

        ## Requirements
        - 5+ years of experience with Kubernetes
        - Strong knowledge of C# and .NET
        - Experience with Terraform
        - Bachelor's degree in Computer Science or equivalent

        ## Nice to have
        - Go
        - Prometheus and Grafana

        ## Experience
        - At least 3 years as a Site Reliability Engineer

        ## Responsibilities
        - Run the platform for 40 teams
        """;

    [Fact]
    public void Skills_named_only_among_duties_are_not_must_haves()
    {
        const string text = """
            # Backend Engineer

            ## What you will do
            - Run services on Azure Cosmos DB and shape our software architecture.

            ## What you bring
            - C#
            - SQL
            """;

        var job = JobAnalyzer.Analyze(text);

        Assert.Contains("C#", job.MustHaveSkills);
        Assert.Contains("SQL", job.MustHaveSkills);
        Assert.DoesNotContain("Cosmos DB", job.MustHaveSkills);
    }

    [Fact]
    public void Reads_title_from_the_first_heading()
        => Assert.Equal("Senior Platform Engineer", JobAnalyzer.Analyze(Job).Title);

    [Fact]
    public void Explicit_title_wins()
        => Assert.Equal("Platform Lead", JobAnalyzer.Analyze(Job, "Platform Lead").Title);

    [Fact]
    public void Separates_must_have_from_nice_to_have_skills_through_the_lexicon()
    {
        var job = JobAnalyzer.Analyze(Job);
        Assert.Contains("Kubernetes", job.MustHaveSkills);
        Assert.Contains("C#", job.MustHaveSkills);
        Assert.Contains(".NET", job.MustHaveSkills);
        Assert.Contains("Terraform", job.MustHaveSkills);
        Assert.Contains("Go", job.NiceToHaveSkills);
        Assert.Contains("Prometheus", job.NiceToHaveSkills);
        Assert.DoesNotContain("Go", job.MustHaveSkills);
    }

    [Fact]
    public void Reads_years_overall_and_per_skill_or_role()
    {
        var job = JobAnalyzer.Analyze(Job);
        Assert.Equal(5, job.MinimumYears);
        Assert.Contains(job.ExperienceRequirements, e => e.Years == 5 && e.Subject.Contains("Kubernetes", StringComparison.Ordinal));
        Assert.Contains(job.ExperienceRequirements, e => e.Years == 3 && e.Subject == "Site Reliability Engineer");
        Assert.Contains(job.Requirements, r => r.Name == "Kubernetes" && r.MinimumYears == 5);
    }

    [Fact]
    public void Reads_education_location_and_remote()
    {
        var job = JobAnalyzer.Analyze(Job);
        Assert.Equal(EducationLevel.Bachelor, job.EducationLevel);
        Assert.Equal("Berlin, Germany (hybrid, remote days welcome)", job.Location);
        Assert.True(job.Remote);
        Assert.DoesNotContain(job.Requirements, r => r.Text.Contains("degree", StringComparison.Ordinal));
    }

    [Fact]
    public void On_site_only_means_not_remote()
        => Assert.False(JobAnalyzer.Analyze("Title: Baker\nThis role is on-site only.\nRequired Skills\n- Baking").Remote);

    [Fact]
    public void Plain_headings_without_markup_are_sections()
    {
        var job = JobAnalyzer.Analyze("Job title\nHELP DESK ADMINISTRATOR\n\nRequired Skills\n- Windows\n- Customer service skills\n\nRequired Experience\n- A minimum of 3 years experience as a HELP DESK ADMINISTRATOR\n");
        Assert.Equal("HELP DESK ADMINISTRATOR", job.Title);
        Assert.Equal(["Windows", "Customer Service"], job.MustHaveSkills);
        Assert.Equal(3, job.ExperienceRequirements.Single().Years);
    }

    [Fact]
    public void Phrases_outside_the_lexicon_become_requirements_by_name()
    {
        var job = JobAnalyzer.Analyze("## Job title\nBaker\n## Required Skills\n* Sourdough lamination and shaping\n* Analysis: Ability to analyze recipes\n");
        Assert.Contains(job.Requirements, r => r.Name == "Sourdough lamination and shaping" && r.MustHave && r.Skills.Count == 0);
        Assert.Contains(job.Requirements, r => r.Name == "Analysis");
    }

    [Fact]
    public void Text_extracted_from_a_pdf_reads_like_the_original()
    {
        const string extracted = """
            Job Description: Java Developer (3 Years of
            Experience)

            About Us
            Tech Solutions is a global leader with over 10 years of innovative dental insurance products.

            Requirements
            • Profound insight of Java internals (Classloading, Memory man-
            agement, Transaction management).
            • Experience with Spring and
            Hibernate.
            1

            Benefits
            • Dental insurance and recruiting bonuses.
            """;
        var job = JobAnalyzer.Analyze(extracted);
        Assert.Equal("Java Developer", job.Title);
        Assert.Equal(3, job.MinimumYears);
        Assert.Empty(job.ExperienceRequirements);
        Assert.Contains(job.Requirements, r => r.Text.Contains("Memory management", StringComparison.Ordinal));
        Assert.Contains(job.Requirements, r => r.Skills.Contains("Spring") && r.Skills.Contains("Hibernate"));
        Assert.DoesNotContain(job.Requirements, r => r.Name == "1");
        Assert.DoesNotContain("Dentistry", job.Keywords);
        Assert.DoesNotContain("Insurance", job.Keywords);
    }

    [Fact]
    public void A_description_without_sections_takes_the_skills_it_names_as_must_haves()
    {
        var job = JobAnalyzer.Analyze("We need a Python developer who knows Django and AWS, with 4+ years of experience as a backend developer.");
        Assert.Equal(["Python", "Django", "AWS"], job.MustHaveSkills.Where(s => s is "Python" or "Django" or "AWS"));
        Assert.Equal(4, job.MinimumYears);
    }

    [Fact]
    public void Stated_requirements_outrank_years_in_the_title()
    {
        var job = JobAnalyzer.Analyze("## Job title\nUI Lead - 10+ years of experience\n## Required Experience\n- 3 years as a UI Lead\n");
        Assert.Equal(3, job.MinimumYears);
        Assert.Equal("UI Lead", job.ExperienceRequirements.Single().Subject);
    }

    [Fact]
    public void Id_is_a_stable_content_hash()
    {
        var a = JobAnalyzer.Analyze(Job);
        var b = JobAnalyzer.Analyze(Job.Replace("\n", "\r\n", StringComparison.Ordinal) + "\n\n");
        Assert.Equal(a.Id, b.Id);
        Assert.Equal(64, a.Id.Length);
        Assert.NotEqual(a.Id, JobAnalyzer.Analyze(Job + "\n- Rust").Id);
    }

    [Fact]
    public void Empty_text_is_rejected_with_a_stable_code()
    {
        var error = Assert.Throws<ArgumentException>(() => JobAnalyzer.Analyze("   "));
        Assert.StartsWith("job_text_empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_rjdb_job_yields_a_title_and_requirements()
    {
        var lines = RjdbData.Lines(TestContext.Current.CancellationToken);
        foreach (var line in lines)
        {
            var job = JobAnalyzer.Analyze(line.Job);
            Assert.False(string.IsNullOrWhiteSpace(job.Title));
            Assert.NotEqual("Job title", job.Title, StringComparer.OrdinalIgnoreCase);
            Assert.True(job.Requirements.Count > 0, "no requirements read from: " + job.Title);
        }
    }
}
