using ResumeFlow.Core.Jobs;
using ResumeFlow.Core.Scoring;

namespace ResumeFlow.Core.Tests.Scoring;

public sealed class DeterministicScorerTests
{
    private const string JobText = """
        ## Job title
        Backend Engineer

        ## Required Skills
        - Kubernetes
        - C# and .NET
        - PostgreSQL

        ## Nice to have
        - Terraform

        ## Required Experience
        - At least 4 years as a Backend Engineer

        ## Education
        Bachelor's degree in Computer Science
        """;

    private const string StrongCv = """
        ## Personal Information
        Name: Ada Example

        ## Education
        Bachelor's degree in Computer Science

        ## Skills
        - C#, .NET, PostgreSQL
        - k8s, Terraform

        ## Experience
        Backend Engineer, Contoso (2019 - 2024)
        - Built payment services in C# on Kubernetes with PostgreSQL
        """;

    private static readonly JobProfile Job = JobAnalyzer.Analyze(JobText);

    private static DeterministicScorer CreateSut(ScoringWeights? weights = null)
        => new(weights, timeProvider: new FixedTimeProvider(new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero)));

    private static CandidateScore Score(string cv, ScoringWeights? weights = null) => CreateSut(weights).Score(Job, new ScoringInput("c1", cv));

    private static CriterionScore Criterion(CandidateScore score, string name) => score.Criteria.Single(c => c.Name == name);

    [Fact]
    public void Score_is_between_0_and_100_and_reproducible()
    {
        var a = Score(StrongCv);
        var b = Score(StrongCv);
        Assert.InRange(a.Score, 0, 100);
        Assert.Equal(a.Score, b.Score);
        Assert.Equal(ScoringCriteria.All, a.Criteria.Select(c => c.Name));
        Assert.True(a.Score >= 80, $"a CV meeting every requirement scored {a.Score}");
    }

    [Fact]
    public void Score_drops_when_must_have_skill_missing()
    {
        var full = Score(StrongCv);
        var withoutPostgres = Score(StrongCv.Replace(", PostgreSQL", "", StringComparison.Ordinal).Replace(" with PostgreSQL", "", StringComparison.Ordinal));
        Assert.True(withoutPostgres.Score < full.Score - 5, $"{withoutPostgres.Score} vs {full.Score}");
        Assert.True(Criterion(withoutPostgres, ScoringCriteria.MustHave).Score < Criterion(full, ScoringCriteria.MustHave).Score);
    }

    [Fact]
    public void Knock_out_flag_set_for_missing_must_have()
    {
        var score = Score(StrongCv.Replace(", PostgreSQL", "", StringComparison.Ordinal).Replace(" with PostgreSQL", "", StringComparison.Ordinal));
        Assert.Contains(score.KnockOuts, k => k.Contains("PostgreSQL", StringComparison.Ordinal));
        Assert.Contains("PostgreSQL", score.MissingSkills);
        Assert.Empty(Score(StrongCv).KnockOuts);
    }

    [Fact]
    public void Synonyms_in_the_cv_cover_the_job_skill()
    {
        var score = Score(StrongCv.Replace("on Kubernetes", "on containers", StringComparison.Ordinal));
        Assert.Contains("Kubernetes", score.MatchedSkills);
        Assert.DoesNotContain(score.KnockOuts, k => k.Contains("Kubernetes", StringComparison.Ordinal));
    }

    [Fact]
    public void Evidence_lines_come_from_the_cv()
    {
        var score = Score(StrongCv);
        var cvLines = StrongCv.Split('\n').Select(l => l.Trim()).ToHashSet();
        var evidence = score.Criteria.SelectMany(c => c.Evidence).ToList();
        Assert.NotEmpty(evidence);
        Assert.All(evidence, line => Assert.Contains(line, cvLines));
        Assert.Contains("- k8s, Terraform", Criterion(score, ScoringCriteria.MustHave).Evidence);
        Assert.Contains("Backend Engineer, Contoso (2019 - 2024)", Criterion(score, ScoringCriteria.Experience).Evidence);
    }

    [Fact]
    public void Years_below_minimum_lower_the_experience_criterion()
    {
        var enough = Criterion(Score(StrongCv), ScoringCriteria.Experience);
        var short1 = Criterion(Score(StrongCv.Replace("(2019 - 2024)", "(2022 - 2024)", StringComparison.Ordinal)), ScoringCriteria.Experience);
        Assert.Equal(100, enough.Score);
        Assert.True(short1.Score < 75, $"2 of 4 years scored {short1.Score}");
    }

    [Fact]
    public void Experience_in_another_role_counts_less_than_in_the_required_role()
    {
        var sameRole = Criterion(Score(StrongCv), ScoringCriteria.Experience);
        var otherRole = Criterion(Score(StrongCv.Replace("Backend Engineer, Contoso", "Pastry Chef, Contoso", StringComparison.Ordinal)), ScoringCriteria.Experience);
        Assert.True(otherRole.Score < sameRole.Score);
    }

    [Fact]
    public void Present_counts_up_to_today()
    {
        var score = Score(StrongCv.Replace("(2019 - 2024)", "(Jan 2023 - Present)", StringComparison.Ordinal));
        Assert.Contains("2.5/4 years", Criterion(score, ScoringCriteria.Experience).Notes, StringComparison.Ordinal);
        Assert.Equal(100, Criterion(score, ScoringCriteria.Recency).Score);
    }

    [Fact]
    public void Older_experience_lowers_recency()
    {
        var recent = Criterion(Score(StrongCv), ScoringCriteria.Recency);
        var old = Criterion(Score(StrongCv.Replace("(2019 - 2024)", "(2009 - 2014)", StringComparison.Ordinal)), ScoringCriteria.Recency);
        Assert.True(old.Score < recent.Score);
    }

    [Fact]
    public void Education_below_the_required_level_lowers_the_education_criterion()
    {
        var bachelor = Criterion(Score(StrongCv), ScoringCriteria.Education);
        var highSchool = Criterion(Score(StrongCv.Replace("Bachelor's degree in Computer Science", "High school diploma", StringComparison.Ordinal)), ScoringCriteria.Education);
        Assert.Equal(100, bachelor.Score);
        Assert.True(highSchool.Score < bachelor.Score);
    }

    [Fact]
    public void Criteria_the_job_does_not_ask_for_carry_no_weight()
    {
        var job = JobAnalyzer.Analyze("## Job title\nBaker\n## Required Skills\n- Baking\n");
        var score = CreateSut().Score(job, new ScoringInput("c1", "Skills\n- Baking bread\nExperience\nBaker (2018 - 2023)"));
        Assert.Equal(0, Criterion(score, ScoringCriteria.NiceToHave).Weight);
        Assert.Equal(0, Criterion(score, ScoringCriteria.Education).Weight);
        Assert.True(Criterion(score, ScoringCriteria.MustHave).Weight > 0);
    }

    [Fact]
    public void Weights_change_the_total()
    {
        var cv = StrongCv.Replace("(2019 - 2024)", "(2023 - 2024)", StringComparison.Ordinal);
        var skillsOnly = Score(cv, new ScoringWeights { MustHave = 1, NiceToHave = 0, Experience = 0, Recency = 0, Education = 0, Title = 0, TextSimilarity = 0 });
        var experienceOnly = Score(cv, new ScoringWeights { MustHave = 0, NiceToHave = 0, Experience = 1, Recency = 0, Education = 0, Title = 0, TextSimilarity = 0 });
        Assert.Equal(Criterion(skillsOnly, ScoringCriteria.MustHave).Score, skillsOnly.Score);
        Assert.True(experienceOnly.Score < skillsOnly.Score);
    }

    [Fact]
    public void Weights_that_sum_to_zero_are_invalid()
    {
        var weights = new ScoringWeights { MustHave = 0, NiceToHave = 0, Experience = 0, Recency = 0, Education = 0, Title = 0, TextSimilarity = 0 };
        var results = new List<System.ComponentModel.DataAnnotations.ValidationResult>();
        Assert.False(System.ComponentModel.DataAnnotations.Validator.TryValidateObject(weights, new(weights), results, validateAllProperties: true));
        Assert.Contains(results, r => r.ErrorMessage!.StartsWith("scoring_weights_zero", StringComparison.Ordinal));
    }

    [Fact]
    public void Profile_fills_in_years_when_the_cv_has_no_dates()
    {
        var cv = "Skills\n- C#, .NET, PostgreSQL, Kubernetes\nExperience\nBackend Engineer at Contoso";
        var profile = new Profiles.CandidateProfile { TotalYearsExperience = 6 };
        var features = CreateSut().Extract(new ScoringInput("c1", cv, profile));
        Assert.Equal(6, features.TotalYears);
    }

    [Theory]
    [InlineData("Baker (2019 - 2023)", 4)]
    [InlineData("June 2017 - Aug 2019: copier technician", 2.25)]
    [InlineData("Worked as an Astronomer from 2014 to 2016.", 2)]
    [InlineData("- Designers, Organization: Missing, From: 2012 To: 2015", 3)]
    [InlineData("Maintained SFDC systems between 2012 and 2015 as a SFDC Developer.", 3)]
    [InlineData("Java Developer from the year of 2015 up to 2019.", 4)]
    [InlineData("01/2020 - 07/2020 Intern", 0.58)]
    public void Dated_jobs_in_common_formats_count_their_years(string line, double years)
    {
        var features = CreateSut().Extract(new ScoringInput("c1", "## Experience\n" + line));
        Assert.Equal(years, features.TotalYears, 2);
    }

    [Fact]
    public void Overlapping_jobs_count_once_and_study_years_not_at_all()
    {
        var cv = "## Education\nBachelor of Science (2009 - 2013)\n## Experience\nDeveloper, A (2014 - 2018)\nConsultant, B (2016 - 2020)";
        var features = CreateSut().Extract(new ScoringInput("c1", cv));
        Assert.Equal(6, features.TotalYears);
        Assert.Equal(EducationLevel.Bachelor, features.Education);
    }

    [Fact]
    public void Matched_resumes_score_above_unmatched_on_rjdb()
    {
        var lines = RjdbData.Lines(TestContext.Current.CancellationToken, take: 100);
        var scorer = CreateSut();
        var right = 0;
        foreach (var (jobText, matched, unmatched) in lines)
        {
            var job = scorer.Prepare(JobAnalyzer.Analyze(jobText));
            right += job.Score(scorer.Extract(new("m", matched))).Score > job.Score(scorer.Extract(new("u", unmatched))).Score ? 1 : 0;
        }

        Assert.True(right >= 0.95 * lines.Count, $"{right} of {lines.Count} pairs ordered right");
    }
}
