using System.Text.RegularExpressions;
using ResumeFlow.Core.Documents;
using ResumeFlow.Core.Sections;
using ResumeFlow.Testing;

namespace ResumeFlow.Core.Tests.Documents;

/// <summary>Extraction and section detection on the shared data sets (../shared/data).</summary>
public sealed partial class ResumeDatasetTests
{
    [Fact]
    public void Every_resume_pdf_extracts_to_text_and_at_least_95_percent_have_three_sections()
    {
        var folder = RepositoryPaths.RequireSharedData("resumes-pdf");
        var files = Directory.GetFiles(folder, "*.pdf", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var empty = new List<string>();
        var withThree = 0;
        foreach (var file in files)
        {
            var document = DocumentExtractor.Default.Extract(File.ReadAllBytes(file), Path.GetFileName(file));
            if (!document.Text.Any(char.IsLetter))
            {
                empty.Add(file);
            }

            if (SectionDetector.Detect(document).Count(s => s.Kind is not (SectionKind.Header or SectionKind.Body)) >= 3)
            {
                withThree++;
            }
        }

        var nonEmpty = files.Count - empty.Count;
        var ratio = (double)withThree / files.Count;
        TestContext.Current.TestOutputHelper?.WriteLine($"resumes-pdf: {files.Count} files, {nonEmpty} with non-empty text, {withThree} ({ratio:P1}) with 3 or more named sections");
        Assert.Equal(240, files.Count);
        Assert.Empty(empty);
        Assert.True(ratio >= 0.95, $"only {ratio:P1} of the PDFs have 3 or more sections");
    }

    [Fact]
    public void Each_pdf_docx_pair_gives_the_same_words_and_the_same_sections()
    {
        var folder = RepositoryPaths.RequireSharedData("pdf-docx-pairs");
        var pdfs = Directory.GetFiles(folder, "*.pdf").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(pdfs);
        foreach (var pdfPath in pdfs)
        {
            var docxPath = Path.ChangeExtension(pdfPath, ".docx");
            var pdf = DocumentExtractor.Default.Extract(File.ReadAllBytes(pdfPath), Path.GetFileName(pdfPath));
            var docx = DocumentExtractor.Default.Extract(File.ReadAllBytes(docxPath), Path.GetFileName(docxPath));

            var jaccard = Jaccard(Tokens(pdf.Text), Tokens(docx.Text));
            var pdfSections = SectionDetector.Detect(pdf).Select(s => s.Kind).ToList();
            var docxSections = SectionDetector.Detect(docx).Select(s => s.Kind).ToList();
            TestContext.Current.TestOutputHelper?.WriteLine($"{Path.GetFileName(pdfPath)}: token Jaccard {jaccard:F3}; sections {string.Join(",", pdfSections)}");

            Assert.True(jaccard >= 0.9, $"{Path.GetFileName(pdfPath)}: token Jaccard {jaccard:F3} < 0.9");
            Assert.Equal(pdfSections, docxSections);
            Assert.True(pdfSections.Count(k => k is not (SectionKind.Header or SectionKind.Body)) >= 3);
        }
    }

    [Fact]
    public void Docx_files_with_text_boxes_yield_their_headings()
    {
        var folder = RepositoryPaths.RequireSharedData("pdf-docx-pairs");
        var document = DocumentExtractor.Default.Extract(File.ReadAllBytes(Path.Combine(folder, "Mickey01_docx.docx")), "Mickey01_docx.docx");

        // The section headings sit in coloured text boxes, written in white.
        var kinds = SectionDetector.Detect(document).Select(s => s.Kind).ToList();
        Assert.Contains(SectionKind.Summary, kinds);
        Assert.Contains(SectionKind.Experience, kinds);
        Assert.Contains(SectionKind.Education, kinds);
        Assert.DoesNotContain(document.Flags, f => f.Code == DocumentFlags.HiddenText);
    }

    private static HashSet<string> Tokens(string text)
        => TokenPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);

    private static double Jaccard(HashSet<string> a, HashSet<string> b)
        => (double)a.Intersect(b).Count() / a.Union(b).Count();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex TokenPattern();
}
