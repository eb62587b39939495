using ResumeFlow.Core.Documents;
using ResumeFlow.Core.Profiles;
using ResumeFlow.Core.Sections;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace ResumeFlow.Core.Tests.Documents;

public sealed class HiddenTextTests
{
    [Fact]
    public void White_tiny_and_off_page_text_is_flagged_and_not_scored()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        page.AddText("Jane Doe", 16, new PdfPoint(50, 790), font);
        page.AddText("Skills", 13, new PdfPoint(50, 760), font);
        page.AddText("Excel, bookkeeping, payroll", 11, new PdfPoint(50, 744), font);
        page.AddText("Experience", 13, new PdfPoint(50, 715), font);
        page.AddText("Accountant, Acme Corp, Jan 2019 - Present", 11, new PdfPoint(50, 699), font);
        page.SetTextAndFillColor(255, 255, 255);
        page.AddText("Kubernetes Terraform", 11, new PdfPoint(50, 600), font);
        page.SetTextAndFillColor(250, 250, 252);
        page.AddText("Golang expert", 11, new PdfPoint(50, 580), font);
        page.ResetColor();
        page.AddText("Python Java", 1, new PdfPoint(50, 560), font);
        page.AddText("Docker Ansible", 11, new PdfPoint(-500, 540), font);

        var document = DocumentExtractor.Default.Extract(builder.Build(), "stuffed.pdf");

        foreach (var stuffed in new[] { "Kubernetes", "Terraform", "Golang", "Python", "Java", "Docker", "Ansible" })
        {
            Assert.DoesNotContain(stuffed, document.Text, StringComparison.Ordinal);
        }

        Assert.Contains("Accountant, Acme Corp", document.Text, StringComparison.Ordinal);
        var flag = Assert.Single(document.Flags, f => f.Code == DocumentFlags.HiddenText);
        Assert.Contains("Kubernetes Terraform", flag.Detail, StringComparison.Ordinal);
        Assert.Contains("Golang", flag.Detail, StringComparison.Ordinal);
        Assert.Contains("Python", flag.Detail, StringComparison.Ordinal);
        Assert.Contains("Docker", flag.Detail, StringComparison.Ordinal);

        var profile = ProfileBuilder.Build(document, SectionDetector.Detect(document), new YearMonth(2025, 6));
        var skills = profile.Skills.Select(s => s.Name).ToList();
        Assert.DoesNotContain("Kubernetes", skills);
        Assert.DoesNotContain("Python", skills);
        Assert.DoesNotContain("Docker", skills);
    }

    [Fact]
    public void White_text_on_a_dark_box_is_visible_and_not_flagged()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        var page = builder.AddPage(PageSize.A4);
        page.SetTextAndFillColor(20, 60, 120);
        page.DrawRectangle(new PdfPoint(40, 740), 500, 30, 1, fill: true);
        page.SetTextAndFillColor(255, 255, 255);
        page.AddText("PROFESSIONAL EXPERIENCE", 14, new PdfPoint(50, 750), font);
        page.ResetColor();
        page.AddText("Accountant at Acme Corp", 11, new PdfPoint(50, 700), font);

        var document = DocumentExtractor.Default.Extract(builder.Build(), "designed.pdf");

        Assert.Contains("PROFESSIONAL EXPERIENCE", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(document.Flags, f => f.Code == DocumentFlags.HiddenText);
    }

    [Fact]
    public void A_pdf_with_only_hidden_text_fails_instead_of_giving_an_empty_profile()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        page.SetTextAndFillColor(255, 255, 255);
        page.AddText("Kubernetes Terraform Python", 11, new PdfPoint(50, 700), font);

        var error = Assert.Throws<DocumentExtractionException>(() => DocumentExtractor.Default.Extract(builder.Build(), "blank.pdf"));

        Assert.Equal(DocumentErrorCodes.NoText, error.ErrorCode);
        Assert.Contains("Kubernetes", error.Message, StringComparison.Ordinal);
    }
}
