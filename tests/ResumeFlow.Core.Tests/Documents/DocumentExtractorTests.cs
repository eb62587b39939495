using System.Text;
using ResumeFlow.Core.Documents;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace ResumeFlow.Core.Tests.Documents;

public sealed class DocumentExtractorTests
{
    private static readonly DocumentExtractor Extractor = DocumentExtractor.Default;

    [Fact]
    public void Pdf_text_keeps_lines_with_font_size_and_bold()
    {
        var pdf = TestFiles.Pdf("Jane Doe", "# Experience", "Software Engineer at Acme Corp", "Jan 2019 - Present");

        var document = Extractor.Extract(pdf, "cv.pdf");

        Assert.Equal(DocumentFileFormat.Pdf, document.Format);
        Assert.Contains("Software Engineer at Acme Corp", document.Text, StringComparison.Ordinal);
        var heading = Assert.Single(document.Lines, l => l.Text == "Experience");
        Assert.True(heading.IsBold);
        Assert.Equal(14, heading.FontSize!.Value, 0.5);
        Assert.False(document.Lines.Single(l => l.Text == "Jane Doe").IsBold);
    }

    [Fact]
    public void Pdf_with_two_columns_reads_column_by_column()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        for (var i = 0; i < 8; i++)
        {
            page.AddText($"Left column line {i} about accounting work", 10, new PdfPoint(40, 780 - i * 14), font);
            page.AddText($"Right column line {i} about python skills", 10, new PdfPoint(320, 780 - i * 14), font);
        }

        var document = Extractor.Extract(builder.Build(), "two-columns.pdf");

        var lines = document.Lines.Where(l => !l.IsBlank).Select(l => l.Text).ToList();
        var lastLeft = lines.FindLastIndex(l => l.StartsWith("Left", StringComparison.Ordinal));
        var firstRight = lines.FindIndex(l => l.StartsWith("Right", StringComparison.Ordinal));
        Assert.Equal(16, lines.Count);
        Assert.True(lastLeft < firstRight, "every left-column line comes before the right column: " + string.Join(" / ", lines));
    }

    [Fact]
    public void Docx_reads_header_headings_tables_and_leaves_out_hidden_runs()
    {
        var docx = TestFiles.Docx(
            ["# Skills", "Databases and cloud"],
            header: "Max Mustermann",
            table: [["C#", "Kubernetes"], ["SQL", "Azure"]],
            vanishText: "hidden keyword stuffing",
            whiteText: "white keyword stuffing");

        var document = Extractor.Extract(docx, "cv.docx");

        Assert.Equal(DocumentFileFormat.Docx, document.Format);
        Assert.Equal("Max Mustermann", document.Lines[0].Text);
        Assert.Equal(1, document.Lines.Single(l => l.Text == "Skills").HeadingLevel);
        Assert.Contains("Kubernetes", document.Text, StringComparison.Ordinal);
        Assert.Contains("Azure", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("stuffing", document.Text, StringComparison.Ordinal);
        var flag = Assert.Single(document.Flags, f => f.Code == DocumentFlags.HiddenText);
        Assert.Contains("hidden keyword stuffing", flag.Detail, StringComparison.Ordinal);
        Assert.Contains("white keyword stuffing", flag.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf8")]
    [InlineData("utf8-bom")]
    [InlineData("utf16-bom")]
    [InlineData("utf16-no-bom")]
    [InlineData("windows-1252")]
    public void Text_files_are_decoded_whatever_their_encoding(string encoding)
    {
        const string text = "Jürgen Müller\nBerufserfahrung\nEntwickler – München, 2019 – heute\nCafé “résumé”";
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = encoding switch
        {
            "utf8" => Encoding.UTF8.GetBytes(text),
            "utf8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            "utf16-bom" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            "utf16-no-bom" => Encoding.Unicode.GetBytes(text),
            _ => Encoding.GetEncoding(1252).GetBytes(text),
        };

        var document = Extractor.Extract(bytes, "cv.txt");

        Assert.Equal(DocumentFileFormat.Text, document.Format);
        Assert.Equal(text, document.Text);
    }

    [Fact]
    public void Markdown_headings_keep_their_level_and_links_their_url()
    {
        var markdown = "# Jane Doe\n\n## Skills\n- **C#**, SQL\n- [GitHub](https://github.com/jane)\n\n## Experience\nEngineer at Acme  \nJan 2019 - Present\n";

        var document = Extractor.Extract(Encoding.UTF8.GetBytes(markdown), "cv.md");

        Assert.Equal(2, document.Lines.Single(l => l.Text == "Skills").HeadingLevel);
        Assert.Contains("GitHub (https://github.com/jane)", document.Text, StringComparison.Ordinal);
        Assert.Contains(document.Lines, l => l.Text == "Jan 2019 - Present");
    }

    [Fact]
    public void Html_drops_scripts_keeps_headings_and_flags_hidden_elements()
    {
        const string html = """
            <html><head><title>CV</title><style>p{}</style></head><body>
            <h1>Jane Doe</h1><h2>Skills</h2><p>C# &amp; SQL<br>Azure</p>
            <div style="display:none">Kubernetes Kubernetes Kubernetes</div>
            <span style="color:#ffffff">Python expert</span>
            <script>var x = "not text";</script></body></html>
            """;

        var document = Extractor.Extract(Encoding.UTF8.GetBytes(html), "cv.html");

        Assert.Equal(2, document.Lines.Single(l => l.Text == "Skills").HeadingLevel);
        Assert.Contains("C# & SQL", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Kubernetes", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Python", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("not text", document.Text, StringComparison.Ordinal);
        Assert.Contains(document.Flags, f => f.Code == DocumentFlags.HiddenText && f.Detail.Contains("Kubernetes", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("cv.pdf", DocumentErrorCodes.EmptyFile)]
    [InlineData("cv.docx", DocumentErrorCodes.EmptyFile)]
    [InlineData("cv.txt", DocumentErrorCodes.EmptyFile)]
    public void Empty_files_fail_with_empty_file(string fileName, string code)
        => AssertFails([], fileName, code);

    [Fact]
    public void Whitespace_only_text_fails_with_empty_file()
        => AssertFails(Encoding.UTF8.GetBytes("  \n\t \n"), "cv.txt", DocumentErrorCodes.EmptyFile);

    [Fact]
    public void Files_over_the_limit_fail_with_file_too_large_before_parsing()
    {
        var bytes = TestFiles.Pdf("Jane Doe");
        AssertFails(bytes, "cv.pdf", DocumentErrorCodes.FileTooLarge, new ExtractionLimits(MaxFileBytes: bytes.Length - 1));

        var error = Assert.Throws<DocumentExtractionException>(() => Extractor.Extract(new MemoryStream(bytes), "cv.pdf", new ExtractionLimits(MaxFileBytes: 100)));
        Assert.Equal(DocumentErrorCodes.FileTooLarge, error.ErrorCode);
    }

    [Theory]
    [InlineData("cv.doc")]
    [InlineData("cv.odt")]
    [InlineData("photo.png")]
    public void Unknown_formats_fail_with_unsupported_type(string fileName)
        => AssertFails(fileName.EndsWith(".png", StringComparison.Ordinal) ? TestFiles.Png(4, 4) : Encoding.UTF8.GetBytes("some text"), fileName, DocumentErrorCodes.UnsupportedType);

    [Fact]
    public void Legacy_word_files_fail_with_unsupported_type()
        => AssertFails([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0], "cv.doc", DocumentErrorCodes.UnsupportedType);

    [Fact]
    public void A_spreadsheet_renamed_to_docx_fails_with_unsupported_type()
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("xl/workbook.xml").Open());
            writer.Write("<workbook/>");
        }

        AssertFails(stream.ToArray(), "cv.docx", DocumentErrorCodes.UnsupportedType);
    }

    [Theory]
    [InlineData("png-as-pdf")]
    [InlineData("text-as-pdf")]
    [InlineData("pdf-as-docx")]
    [InlineData("exe-as-txt")]
    [InlineData("binary-as-txt")]
    public void Renamed_binaries_fail_with_type_mismatch(string kind)
    {
        var (bytes, name) = kind switch
        {
            "png-as-pdf" => (TestFiles.Png(4, 4), "cv.pdf"),
            "text-as-pdf" => (Encoding.UTF8.GetBytes("Jane Doe, engineer"), "cv.pdf"),
            "pdf-as-docx" => (TestFiles.Pdf("Jane Doe"), "cv.docx"),
            "exe-as-txt" => ([0x4D, 0x5A, 0x90, 0x00, 0x03], "cv.txt"),
            _ => (Enumerable.Range(0, 512).Select(i => (byte)(i % 7 == 0 ? 0 : i % 251)).ToArray(), "cv.txt"),
        };

        AssertFails(bytes, name, DocumentErrorCodes.TypeMismatch);
    }

    [Theory]
    [InlineData("truncated-pdf")]
    [InlineData("garbage-docx")]
    public void Damaged_files_fail_with_corrupt_file(string kind)
    {
        var (bytes, name) = kind == "truncated-pdf"
            ? (Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer garbage"), "cv.pdf")
            : ([0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9], "cv.docx");

        AssertFails(bytes, name, DocumentErrorCodes.CorruptFile);
    }

    [Fact]
    public void A_docx_that_unpacks_beyond_the_limit_fails_with_archive_too_large()
        => AssertFails(TestFiles.ZipBomb(4 * 1024 * 1024), "cv.docx", DocumentErrorCodes.ArchiveTooLarge, new ExtractionLimits(MaxUnpackedBytes: 1024 * 1024));

    [Fact]
    public void An_encrypted_pdf_fails_with_encrypted_pdf()
    {
        AssertFails(TestFiles.EncryptedPdf(), "cv.pdf", DocumentErrorCodes.EncryptedPdf);
    }

    [Fact]
    public void An_image_only_pdf_fails_with_needs_ocr_instead_of_an_empty_text()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        page.AddPng(TestFiles.Png(64, 64), new PdfRectangle(50, 400, 550, 800));

        AssertFails(builder.Build(), "scan.pdf", DocumentErrorCodes.NeedsOcr);
    }

    [Fact]
    public void A_pdf_with_text_and_an_image_only_page_is_read_and_flagged_needs_ocr()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        builder.AddPage(PageSize.A4).AddText("Jane Doe, accountant", 12, new PdfPoint(50, 780), font);
        builder.AddPage(PageSize.A4).AddPng(TestFiles.Png(32, 32), new PdfRectangle(50, 400, 550, 800));

        var document = Extractor.Extract(builder.Build(), "cv.pdf");

        Assert.Contains("Jane Doe", document.Text, StringComparison.Ordinal);
        Assert.Contains(document.Flags, f => f.Code == DocumentFlags.NeedsOcr && f.Detail.Contains('2', StringComparison.Ordinal));
    }

    [Fact]
    public void Files_without_extension_are_recognised_by_content()
    {
        Assert.Equal(DocumentFileFormat.Pdf, DocumentExtractor.DetectFormat(TestFiles.Pdf("x"), "upload"));
        Assert.Equal(DocumentFileFormat.Docx, DocumentExtractor.DetectFormat(TestFiles.Docx(["x"]), "upload"));
        Assert.Equal(DocumentFileFormat.Text, DocumentExtractor.DetectFormat("plain words"u8, "upload"));
    }

    private static void AssertFails(byte[] bytes, string fileName, string code, ExtractionLimits? limits = null)
    {
        var error = Assert.Throws<DocumentExtractionException>(() => Extractor.Extract(bytes, fileName, limits));
        Assert.Equal(code, error.ErrorCode);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }
}
