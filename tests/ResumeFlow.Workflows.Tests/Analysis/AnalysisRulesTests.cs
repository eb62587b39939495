using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ResumeFlow.Core.Documents;
using ResumeFlow.Core.Jobs;
using ResumeFlow.Core.Sections;
using ResumeFlow.Testing.Analysis;
using ResumeFlow.Workflows.Analysis;
using ResumeFlow.Workflows.Analysis.Reports;

namespace ResumeFlow.Workflows.Tests.Analysis;

public sealed class AnalysisRulesTests
{
    [Theory]
    [InlineData("experience", "-1")]
    [InlineData("hobbies", "0.5")]
    public void Section_weights_are_validated_on_start(string section, string weight)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Analysis:SectionWeights:" + section] = weight,
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddAnalysisWorkflow();
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<AnalysisOptions>>().Value);
        Assert.Contains("SectionWeights", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Configured_section_weights_replace_nothing_they_do_not_name()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Analysis:SectionWeights:skills"] = "2",
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddAnalysisWorkflow();
        using var provider = services.BuildServiceProvider();

        var weights = provider.GetRequiredService<IOptions<AnalysisOptions>>().Value.SectionWeights;
        Assert.Equal(2, weights["skills"]);
        Assert.Equal(0.35, weights["experience"]);
    }

    [Fact]
    public void Unsupported_suggestions_are_dropped_and_counted()
    {
        var cv = AnalysisSamples.Cv();
        var sections = SectionDetector.Detect(DocumentExtractor.FromText(cv));
        AnalysisSuggestion[] suggestions =
        [
            new("experience", SuggestionKind.AddKeyword, "Terraform", "Terraform modules for AWS networking", 10),

            // Invents a skill and a number the line does not state.
            new("experience", SuggestionKind.Rephrase, "Built booking services for 12 teams in Python, Go and PostgreSQL.", "Built booking services in Python with PostgreSQL.", 2),

            // Cites a line the CV does not have.
            new("skills", SuggestionKind.AddKeyword, "Rust", "Wrote the payment engine in Rust", 5),
            new("experience", SuggestionKind.Rephrase, "Built Python booking services on PostgreSQL.", "Built booking services in Python with PostgreSQL.", 2),
        ];

        var tailored = TailoredCv.Build(cv, sections, suggestions);

        Assert.Equal(2, tailored.Dropped);
        Assert.Equal(2, tailored.Applied.Count);
        Assert.Contains("Key skills: Terraform", tailored.Markdown, StringComparison.Ordinal);
        Assert.Contains("Built Python booking services on PostgreSQL.", tailored.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Rust", tailored.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("12 teams", tailored.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_skills_block_split_at_a_languages_label_is_one_skills_section_and_spoken_languages_stay_out()
    {
        var cv = string.Join('\n', "JANE DOE", "", "EXPERIENCE", "Engineer - Acme, 2019 - Present", "  - Built APIs in Python.", "",
            "SKILLS", "Languages: Python, SQL, Go", "Data: PostgreSQL, Redis", "", "EDUCATION", "BSc Computer Science, 2015", "",
            "LANGUAGES", "English (fluent), German (C1)");
        var inputs = new AnalysisInputs(cv, SectionDetector.Detect(DocumentExtractor.FromText(cv)), JobAnalyzer.Analyze(AnalysisSamples.Job));

        var skills = inputs.SectionText(AnalysisSections.Skills);

        Assert.NotNull(skills);
        Assert.Contains("PostgreSQL", skills, StringComparison.Ordinal);
        Assert.DoesNotContain("English", skills, StringComparison.Ordinal);
    }

    [Fact]
    public void Tailored_docx_is_a_word_document_with_the_draft()
    {
        var bytes = AnalysisReportWriters.ToDocx("## Skills\n\nPython, Docker  \nKey skills: Terraform\n");

        var text = DocumentExtractor.Default.Extract(bytes, "tailored.docx").Lines.Select(l => l.Text).ToList();
        Assert.Contains("Key skills: Terraform", text);
    }
}
