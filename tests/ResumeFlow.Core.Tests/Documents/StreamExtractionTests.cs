using System.Globalization;
using ResumeFlow.Core.Documents;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace ResumeFlow.Core.Tests.Documents;

/// <summary>
/// Ingestion parses the stored file in place (a seekable stream) instead of reading it into memory:
/// the document must be the same as the one read from the file's bytes.
/// </summary>
public sealed class StreamExtractionTests : IDisposable
{
    private static readonly DocumentExtractor Extractor = DocumentExtractor.Default;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "resumeflow-stream-extraction", Guid.NewGuid().ToString("N"));

    public StreamExtractionTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public void Large_pdf_read_from_its_file_gives_the_same_document_as_its_bytes()
    {
        var pdf = LargePdf(pages: 40, linesPerPage: 45);
        Assert.True(pdf.Length > 1_000_000, $"the PDF is large: {pdf.Length:N0} bytes");

        var fromBytes = Extractor.Extract(pdf, "cv.pdf");
        var fromFile = ExtractFromFile(pdf, "cv.pdf");

        Assert.Equal(40, fromFile.PageCount);
        Assert.Contains("Page 40 line 45", fromFile.Text, StringComparison.Ordinal);
        AssertSameDocument(fromBytes, fromFile);
    }

    [Fact]
    public void Docx_read_from_its_file_gives_the_same_document_as_its_bytes()
    {
        var docx = TestFiles.Docx(
            ["# Experience", .. Enumerable.Range(1, 300).Select(i => $"Built service {i} in C# and SQL"), "# Skills", "Kubernetes"],
            header: "Ada Lovelace",
            table: [["C#", "Azure"]],
            vanishText: "hidden keyword stuffing");

        var fromBytes = Extractor.Extract(docx, "cv.docx");
        var fromFile = ExtractFromFile(docx, "cv.docx");

        Assert.Contains("Built service 300 in C# and SQL", fromFile.Text, StringComparison.Ordinal);
        Assert.True(fromFile.HasFlag(DocumentFlags.HiddenText));
        AssertSameDocument(fromBytes, fromFile);
    }

    [Fact]
    public void Pdf_header_over_megabytes_of_nothing_read_from_its_file_is_a_corrupt_file()
    {
        // The shape of the load benchmark's memory probe: a PDF header and no objects at all.
        var body = new byte[4 * 1024 * 1024];
        "%PDF-1.7 probe"u8.CopyTo(body);

        var error = Assert.Throws<DocumentExtractionException>(() => ExtractFromFile(body, "probe.pdf"));

        Assert.Equal(DocumentErrorCodes.CorruptFile, error.ErrorCode);
    }

    [Fact]
    public void Truncated_pdf_is_repaired_up_to_the_repair_limit_and_refused_above_it_before_parsing()
    {
        // The end of a file holds its cross-reference trailer; an upload cut short loses it.
        var pdf = LargePdf(pages: 3, linesPerPage: 40);
        var trailer = pdf.AsSpan().LastIndexOf("startxref"u8);
        var truncated = pdf[..trailer];
        var limits = new ExtractionLimits(MaxRepairBytes: truncated.Length);

        var repaired = Extractor.Extract(truncated, "cv.pdf", limits);
        var refused = Assert.Throws<DocumentExtractionException>(() => ExtractFromFile(truncated, "cv.pdf", limits with { MaxRepairBytes = truncated.Length - 1 }));

        Assert.Contains("Page 3 line 40", repaired.Text, StringComparison.Ordinal);
        Assert.Equal(DocumentErrorCodes.CorruptFile, refused.ErrorCode);
        Assert.Contains("trailer", refused.Message, StringComparison.Ordinal);
        Assert.Contains("Page 3 line 40", ExtractFromFile(pdf, "cv.pdf", limits with { MaxRepairBytes = 1 }).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Stream_not_at_its_start_is_read_from_where_it_stands()
    {
        var pdf = TestFiles.Pdf("Jane Doe", "# Experience", "Engineer at Acme Corp");
        using var stream = new MemoryStream([.. "junk before the file"u8, .. pdf]);
        stream.Position = "junk before the file".Length;

        var document = Extractor.Extract(stream, "cv.pdf");

        Assert.Contains("Engineer at Acme Corp", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void File_over_the_limit_fails_with_file_too_large_before_it_is_parsed()
    {
        var path = Write(LargePdf(pages: 5, linesPerPage: 40), "big.pdf");
        using var stream = File.OpenRead(path);

        var error = Assert.Throws<DocumentExtractionException>(() => Extractor.Extract(stream, "big.pdf", new ExtractionLimits(MaxFileBytes: 1024)));

        Assert.Equal(DocumentErrorCodes.FileTooLarge, error.ErrorCode);
        Assert.Equal(0, stream.Position);
    }

    [Fact]
    public void Renamed_binary_read_from_its_file_is_a_type_mismatch()
    {
        var path = Write(TestFiles.Pdf("Jane Doe"), "cv.txt");
        using var stream = File.OpenRead(path);

        var error = Assert.Throws<DocumentExtractionException>(() => Extractor.Extract(stream, "cv.txt"));

        Assert.Equal(DocumentErrorCodes.TypeMismatch, error.ErrorCode);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }

    private static void AssertSameDocument(ExtractedDocument expected, ExtractedDocument actual)
    {
        Assert.Equal(expected.Format, actual.Format);
        Assert.Equal(expected.PageCount, actual.PageCount);
        Assert.Equal(expected.Text, actual.Text);
        Assert.Equal(expected.Lines, actual.Lines);
        Assert.Equal(expected.Warnings, actual.Warnings);
        Assert.Equal(expected.Flags, actual.Flags);
    }

    /// <summary>Pages of text plus a large image on the first page, so the file runs to megabytes.</summary>
    private static byte[] LargePdf(int pages, int linesPerPage)
    {
        var builder = new PdfDocumentBuilder();
        var regular = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        for (var p = 1; p <= pages; p++)
        {
            var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
            if (p == 1)
            {
                page.AddPng(TestFiles.Png(1200, 1200, noiseSeed: 11), new PdfRectangle(300, 600, 500, 800));
            }

            page.AddText(p == 1 ? "Experience" : $"Section {p}", 14, new PdfPoint(50, 810), bold);
            for (var l = 1; l <= linesPerPage; l++)
            {
                page.AddText(string.Create(CultureInfo.InvariantCulture, $"Page {p} line {l}: C# and .NET services at Company {p * l % 97}"), 10, new PdfPoint(50, 790 - (l * 16)), regular);
            }
        }

        return builder.Build();
    }

    private ExtractedDocument ExtractFromFile(byte[] content, string fileName, ExtractionLimits? limits = null)
    {
        var path = Write(content, fileName);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan);
        return Extractor.Extract(stream, fileName, limits);
    }

    private string Write(byte[] content, string fileName)
    {
        var path = Path.Combine(_folder, Guid.NewGuid().ToString("N") + "-" + fileName);
        File.WriteAllBytes(path, content);
        return path;
    }
}
