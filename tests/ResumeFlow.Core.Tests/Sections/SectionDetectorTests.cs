using ResumeFlow.Core.Documents;
using ResumeFlow.Core.Sections;

namespace ResumeFlow.Core.Tests.Sections;

public sealed class SectionDetectorTests
{
    [Theory]
    [InlineData("Work Experience", SectionKind.Experience)]
    [InlineData("PROFESSIONAL EXPERIENCE", SectionKind.Experience)]
    [InlineData("Berufserfahrung", SectionKind.Experience)]
    [InlineData("Expérience professionnelle", SectionKind.Experience)]
    [InlineData("Experiencia laboral", SectionKind.Experience)]
    [InlineData("Education", SectionKind.Education)]
    [InlineData("Ausbildung", SectionKind.Education)]
    [InlineData("Formation", SectionKind.Education)]
    [InlineData("Formación académica", SectionKind.Education)]
    [InlineData("Technical Skills:", SectionKind.Skills)]
    [InlineData("Kenntnisse", SectionKind.Skills)]
    [InlineData("Compétences", SectionKind.Skills)]
    [InlineData("Habilidades", SectionKind.Skills)]
    [InlineData("Professional Summary", SectionKind.Summary)]
    [InlineData("Profil", SectionKind.Summary)]
    [InlineData("Sprachen", SectionKind.Languages)]
    [InlineData("Langues", SectionKind.Languages)]
    [InlineData("Idiomas", SectionKind.Languages)]
    [InlineData("Zertifikate", SectionKind.Certifications)]
    [InlineData("Licenses & Certifications", SectionKind.Certifications)]
    [InlineData("Projekte", SectionKind.Projects)]
    [InlineData("Honors and Awards", SectionKind.Awards)]
    [InlineData("Publications", SectionKind.Publications)]
    [InlineData("Volunteer Experience", SectionKind.Volunteering)]
    [InlineData("Centres d'intérêt", SectionKind.Interests)]
    [InlineData("Hobbys", SectionKind.Interests)]
    [InlineData("Datos personales", SectionKind.Contact)]
    [InlineData("## Projects", SectionKind.Projects)]
    public void Headings_are_recognised_in_four_languages(string heading, SectionKind expected)
        => Assert.Equal(expected, SectionDetector.Classify(heading));

    [Fact]
    public void Plain_text_with_headings_splits_into_header_and_named_sections()
    {
        var document = DocumentExtractor.FromText("""
            Jane Doe
            jane@example.com

            SUMMARY
            Accountant with ten years of experience.

            EXPERIENCE
            Senior Accountant, Acme Corp
            Jan 2019 - Present

            EDUCATION
            BSc Accounting, University of Leeds, 2012

            SKILLS
            Excel, SAP, payroll
            """);

        var sections = SectionDetector.Detect(document);

        Assert.Equal([SectionKind.Header, SectionKind.Summary, SectionKind.Experience, SectionKind.Education, SectionKind.Skills], sections.Select(s => s.Kind));
        Assert.Equal("EXPERIENCE", sections[2].Heading);
        Assert.StartsWith("Senior Accountant, Acme Corp", sections[2].Text, StringComparison.Ordinal);
        Assert.Contains("jane@example.com", sections[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_inline_heading_opens_its_section_with_the_rest_of_the_line()
    {
        var document = DocumentExtractor.FromText("Jane Doe\nSkills: C#, SQL, Azure\nLanguages: English, German");

        var sections = SectionDetector.Detect(document);

        var skills = Assert.Single(sections, s => s.Kind == SectionKind.Skills);
        Assert.Equal("C#, SQL, Azure", skills.Text);
        Assert.Equal("English, German", Assert.Single(sections, s => s.Kind == SectionKind.Languages).Text);
    }

    [Fact]
    public void A_resume_without_headings_is_one_body_section()
    {
        var document = DocumentExtractor.FromText("Jane Doe\nI have worked as an accountant at Acme for ten years.\nI know Excel and SAP.");

        var section = Assert.Single(SectionDetector.Detect(document));

        Assert.Equal(SectionKind.Body, section.Kind);
        Assert.Contains("Excel and SAP", section.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_heading_word_inside_a_sentence_or_list_is_not_a_heading()
    {
        var document = DocumentExtractor.FromText("Skills\nTraining\nSoftware\nCustomer service\nI led the education programme for staff.");

        var sections = SectionDetector.Detect(document);

        Assert.Equal([SectionKind.Skills], sections.Select(s => s.Kind));
    }

    [Fact]
    public void Layout_cues_make_a_heading_of_an_unnamed_line_styled_like_the_others()
    {
        DocumentLine Heading(string text) => new(text, FontSize: 14, IsBold: true);
        DocumentLine Body(string text) => new(text, FontSize: 10);
        var document = ExtractedDocument.FromLines(
            [
                Body("Jane Doe"),
                Heading("EXPERIENCE"), Body("Accountant, Acme Corp, 2019 - 2021"), Body("Kept the books."),
                Heading("EDUCATION"), Body("BSc Accounting, 2012"),
                Heading("KEY ENGAGEMENTS"), Body("Audit of a large retailer."),
            ],
            DocumentFileFormat.Pdf);

        var sections = SectionDetector.Detect(document);

        Assert.Equal([SectionKind.Header, SectionKind.Experience, SectionKind.Education, SectionKind.Other], sections.Select(s => s.Kind));
        Assert.Equal("KEY ENGAGEMENTS", sections[^1].Heading);
        Assert.Equal(6, sections[^1].StartLine);
        Assert.Equal(8, sections[^1].EndLine);
    }

    [Fact]
    public void Markdown_headings_of_a_generated_resume_are_sections()
    {
        var document = DocumentExtractor.FromText("## Personal Information\nName: Azaria Watson\n\n## Education\nBachelor's degree in Computer Engineering\n\n## Skills\n1. Analysis\n2. VMware\n\n## Experience\n1. Junior Systems Admin (2019 - 2023)\n");

        var kinds = SectionDetector.Detect(document).Select(s => s.Kind);

        Assert.Equal([SectionKind.Contact, SectionKind.Education, SectionKind.Skills, SectionKind.Experience], kinds);
    }

    [Fact]
    public void A_markdown_list_item_named_like_a_section_stays_in_its_list()
    {
        // The last item of a list stands before a blank line, like a heading; "Research" and "Computer skills" name sections.
        var document = DocumentExtractor.FromText("## Skills\n- Python\n- Computer skills\n\n## Interests\n- Chess\n- Research\n\n## Experience\n- Engineer (2019 - 2023)\n");

        var sections = SectionDetector.Detect(document);

        Assert.Equal([SectionKind.Skills, SectionKind.Interests, SectionKind.Experience], sections.Select(s => s.Kind));
        Assert.Equal("Python\nComputer skills", sections[0].Text);
        Assert.Equal("Chess\nResearch", sections[1].Text);
    }

    [Fact]
    public void Punctuation_above_the_first_heading_is_no_header()
    {
        var document = DocumentExtractor.FromText(":\n\n## Personal Information\nName: Teva Carpenter\n\n## Skills\n- Apex\n");

        var kinds = SectionDetector.Detect(document).Select(s => s.Kind);

        Assert.Equal([SectionKind.Contact, SectionKind.Skills], kinds);
    }
}
