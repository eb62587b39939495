using ResumeFlow.Core.Skills;

namespace ResumeFlow.Core.Tests.Skills;

public sealed class SkillLexiconTests
{
    private static readonly SkillLexicon Lexicon = SkillLexicon.Default;

    [Fact]
    public void Lexicon_holds_at_least_500_canonical_skills_across_many_occupations()
    {
        Assert.True(Lexicon.Count >= 500, $"only {Lexicon.Count} skills");
        var categories = Lexicon.Skills.Select(s => s.Category).Distinct().ToList();
        foreach (var expected in new[] { "language", "cloud", "devops", "data", "design", "management", "finance", "sales", "marketing", "hr", "healthcare", "engineering", "legal", "education", "hospitality" })
        {
            Assert.Contains(expected, categories);
        }
    }

    [Fact]
    public void Canonical_names_are_unique_and_every_name_normalizes_to_itself()
    {
        var names = Lexicon.Skills.Select(s => s.Name).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        foreach (var name in names)
        {
            Assert.Equal(name, Lexicon.Normalize(name));
        }
    }

    [Theory]
    [InlineData("k8s", "Kubernetes")]
    [InlineData("JS", "JavaScript")]
    [InlineData("C Sharp", "C#")]
    [InlineData("Golang", "Go")]
    [InlineData("Postgres", "PostgreSQL")]
    [InlineData("problem-solving", "Problem Solving")]
    [InlineData("Amazon Web Services", "AWS")]
    [InlineData("Databases", "Database Design")]
    [InlineData("ServSafe", "Food Safety")]
    [InlineData("Registered Nurse", "Nursing")]
    [InlineData("Accounts Receivable", "Accounts Receivable")]
    public void Synonyms_normalize_to_the_canonical_skill(string written, string canonical)
        => Assert.Equal(canonical, Lexicon.Normalize(written));

    [Fact]
    public void Unknown_terms_normalize_to_null()
        => Assert.Null(Lexicon.Normalize("underwater basket weaving"));

    [Fact]
    public void Short_names_match_only_as_written()
    {
        var skills = Lexicon.FindSkills("I like to go hiking; I write Go and deploy to k8s with Terraform.");
        Assert.Contains("Go", skills);
        Assert.Contains("Kubernetes", skills);
        Assert.Contains("Terraform", skills);
        Assert.DoesNotContain(Lexicon.FindMentions("I like to go hiking"), m => m.Skill == "Go");
    }

    [Fact]
    public void Longest_name_wins_at_a_position()
    {
        var mentions = Lexicon.FindMentions("Built services with ASP.NET Core and Machine Learning models.");
        Assert.Contains(mentions, m => m.Skill == "ASP.NET Core");
        Assert.Contains(mentions, m => m.Skill == "Machine Learning");
        Assert.DoesNotContain(mentions, m => m.Skill == ".NET");
    }
}
