using System.IO.MemoryMappedFiles;
using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.DocumentLayoutAnalysis;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.Exceptions;
using UglyToad.PdfPig.Graphics;
using UglyToad.PdfPig.Util;

namespace ResumeFlow.Core.Documents;

/// <summary>
/// PDF text in reading order through PdfPig's layout analysis: nearest-neighbour words, Docstrum
/// blocks, unsupervised reading order (so two columns read column by column). Letters a reader
/// cannot see are set aside first and reported as <see cref="DocumentFlags.HiddenText"/>.
/// </summary>
internal static class PdfTextExtractor
{
    private const double MinVisiblePointSize = 2.0;
    private const double NearWhite = 0.9;

    private static readonly string[] BoldNames = ["Bold", "Black", "Heavy", "Semibold", "SemiBold", "Demi"];
    private static readonly string[] RegularNames = ["Regular", "Roman", "Light", "Book", "Medium", "Italic", "Oblique", "Thin"];

    // Readers look for "startxref … %%EOF" in the file's last kilobyte; a few more allow trailing junk.
    private const int TrailerWindow = 4096;

    public static ExtractedDocument Extract(byte[] content, ExtractionLimits limits)
    {
        ArgumentNullException.ThrowIfNull(content);
        EnsureRepairable(content.Length, content.AsSpan(Math.Max(0, content.Length - TrailerWindow)), limits);
        return Extract(options => PdfDocument.Open(content, options), limits);
    }

    /// <summary>
    /// Reads from a seekable stream at its start, so the file is never copied into memory. A file is
    /// read through a read-only memory map: PdfPig reads byte by byte with seeks, which a FileStream
    /// answers with system calls (minutes for a hostile 20 MB file) and a mapped view from memory
    /// (pages the kernel can drop again, not heap).
    /// </summary>
    public static ExtractedDocument Extract(Stream content, ExtractionLimits limits)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.CanSeek)
        {
            EnsureRepairable(content.Length - content.Position, ReadTail(content), limits);
        }

        if (content is not FileStream { Length: > 0 } file)
        {
            return Extract(options => PdfDocument.Open(content, options), limits);
        }

        using var map = MemoryMappedFile.CreateFromFile(file, mapName: null, capacity: 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: true);
        using var view = map.CreateViewStream(0, file.Length, MemoryMappedFileAccess.Read);
        return Extract(options => PdfDocument.Open(view, options), limits);
    }

    /// <summary>
    /// Without a trailer PdfPig rebuilds the cross-reference table by scanning the whole file. Worth it for a
    /// truncated CV of ordinary size; for a large file it is how a hostile upload makes a parse cost several
    /// times its size in memory, so such a file is refused before parsing.
    /// </summary>
    private static void EnsureRepairable(long length, ReadOnlySpan<byte> tail, ExtractionLimits limits)
    {
        if (length > limits.MaxRepairBytes && tail.IndexOf("startxref"u8) < 0 && tail.IndexOf("%%EOF"u8) < 0)
        {
            throw new DocumentExtractionException(
                DocumentErrorCodes.CorruptFile,
                $"The PDF has no cross-reference trailer at its end; files over {limits.MaxRepairBytes / (1024 * 1024)} MB are not repaired by scanning them whole.");
        }
    }

    private static byte[] ReadTail(Stream content)
    {
        var start = content.Position;
        var length = (int)Math.Min(TrailerWindow, content.Length - start);
        var tail = new byte[length];
        content.Seek(-length, SeekOrigin.End);
        content.ReadExactly(tail);
        content.Position = start;
        return tail;
    }

    private static ExtractedDocument Extract(Func<ParsingOptions, PdfDocument> open, ExtractionLimits limits)
    {
        PdfDocument document;
        try
        {
            document = open(new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw new DocumentExtractionException(DocumentErrorCodes.EncryptedPdf, "The PDF is encrypted and cannot be read without its password.", ex);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new DocumentExtractionException(DocumentErrorCodes.CorruptFile, $"The PDF could not be parsed: {ex.Message}", ex);
        }

        using (document)
        {
            return ExtractPages(document, limits);
        }
    }

    private static ExtractedDocument ExtractPages(PdfDocument document, ExtractionLimits limits)
    {
        var lines = new List<DocumentLine>();
        var warnings = new List<string>();
        var hidden = new HiddenTextReport();
        var imageOnlyPages = new List<int>();
        var failedPages = new List<int>();
        int pageCount;
        try
        {
            pageCount = document.NumberOfPages;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new DocumentExtractionException(DocumentErrorCodes.CorruptFile, $"The PDF page tree could not be read: {ex.Message}", ex);
        }

        if (pageCount == 0)
        {
            throw new DocumentExtractionException(DocumentErrorCodes.CorruptFile, "The PDF has no pages.");
        }

        var pagesToRead = Math.Min(pageCount, limits.MaxPages);
        if (pagesToRead < pageCount)
        {
            warnings.Add($"Only the first {pagesToRead} of {pageCount} pages were read.");
        }

        for (var number = 1; number <= pagesToRead; number++)
        {
            Page page;
            try
            {
                page = document.GetPage(number);
            }
            catch (PdfDocumentEncryptedException ex)
            {
                throw new DocumentExtractionException(DocumentErrorCodes.EncryptedPdf, "The PDF is encrypted and cannot be read without its password.", ex);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                failedPages.Add(number);
                warnings.Add($"Page {number} could not be read: {ex.Message}");
                continue;
            }

            var pageLines = ExtractPage(page, hidden);
            if (pageLines.Count == 0 && SafeImageCount(page) > 0)
            {
                imageOnlyPages.Add(number);
            }

            if (lines.Count > 0 && pageLines.Count > 0)
            {
                lines.Add(new DocumentLine(string.Empty, number));
            }

            lines.AddRange(pageLines);
        }

        var flags = new List<DocumentFlag>();
        if (hidden.Count > 0)
        {
            flags.Add(new DocumentFlag(DocumentFlags.HiddenText, hidden.Describe()));
        }

        var hasText = lines.Any(l => l.Text.Any(char.IsLetterOrDigit));
        if (!hasText)
        {
            if (failedPages.Count == pagesToRead)
            {
                throw new DocumentExtractionException(DocumentErrorCodes.CorruptFile, "No page of the PDF could be read.");
            }

            if (imageOnlyPages.Count > 0)
            {
                throw new DocumentExtractionException(DocumentErrorCodes.NeedsOcr, $"The PDF has no text layer ({imageOnlyPages.Count} page(s) of images); it needs OCR.");
            }

            throw new DocumentExtractionException(DocumentErrorCodes.NoText, hidden.Count > 0
                ? $"The PDF has no visible text; only hidden text was found ({hidden.Describe()})."
                : "The PDF contains no text.");
        }

        if (imageOnlyPages.Count > 0)
        {
            flags.Add(new DocumentFlag(DocumentFlags.NeedsOcr, $"Pages without a text layer: {string.Join(", ", imageOnlyPages)}."));
        }

        if (failedPages.Count > 0)
        {
            flags.Add(new DocumentFlag(DocumentFlags.PartialText, $"Pages that could not be read: {string.Join(", ", failedPages)}."));
        }

        return ExtractedDocument.FromLines(lines, DocumentFileFormat.Pdf, warnings, flags, pageCount);
    }

    private static int SafeImageCount(Page page)
    {
        try
        {
            return page.NumberOfImages;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return 0;
        }
    }

    private static List<DocumentLine> ExtractPage(Page page, HiddenTextReport hidden)
    {
        var bounds = page.CropBox.Bounds;
        // Filled shapes are only needed to judge white letters; most pages have none.
        var darkFills = new Lazy<List<PdfRectangle>>(() => DarkFilledAreas(page));
        var visible = new List<Letter>(page.Letters.Count);
        var hiddenLetters = new Dictionary<string, List<Letter>>(StringComparer.Ordinal);
        foreach (var letter in page.Letters)
        {
            if (string.IsNullOrWhiteSpace(letter.Value))
            {
                visible.Add(letter);
                continue;
            }

            var reason = HiddenReason(letter, bounds, darkFills, page);
            if (reason is null)
            {
                visible.Add(letter);
            }
            else if (hiddenLetters.TryGetValue(reason, out var list))
            {
                list.Add(letter);
            }
            else
            {
                hiddenLetters[reason] = [letter];
            }
        }

        foreach (var (reason, letters) in hiddenLetters)
        {
            foreach (var word in DefaultWordExtractor.Instance.GetWords(letters))
            {
                hidden.AddRun(reason, word.Text);
            }
        }

        var result = new List<DocumentLine>();
        if (visible.Count == 0)
        {
            return result;
        }

        var words = DefaultWordExtractor.Instance.GetWords(visible).Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
        if (words.Count == 0)
        {
            return result;
        }

        var blocks = DocstrumBoundingBoxes.Instance.GetBlocks(words);
        var ordered = UnsupervisedReadingOrderDetector.Instance.Get(blocks).OrderBy(b => b.ReadingOrder);
        foreach (var block in ordered)
        {
            if (result.Count > 0)
            {
                result.Add(new DocumentLine(string.Empty, page.Number));
            }

            foreach (var line in block.TextLines)
            {
                result.Add(ToLine(line, page));
            }
        }

        return result;
    }

    private static DocumentLine ToLine(TextLine line, Page page)
    {
        var text = new StringBuilder();
        var sizes = new List<double>();
        int boldLetters = 0, letters = 0;
        foreach (var word in line.Words)
        {
            if (text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(word.Text);
            foreach (var letter in word.Letters)
            {
                if (string.IsNullOrWhiteSpace(letter.Value))
                {
                    continue;
                }

                letters++;
                sizes.Add(Math.Round(letter.PointSize, 1));
                if (IsBold(letter))
                {
                    boldLetters++;
                }
            }
        }

        sizes.Sort();
        double? size = sizes.Count > 0 ? sizes[sizes.Count / 2] : null;
        var box = line.BoundingBox;
        return new DocumentLine(
            TextNormalizer.CleanLine(text.ToString()),
            page.Number,
            size,
            letters > 0 && boldLetters * 2 > letters,
            Math.Round(box.Left, 1),
            Math.Round(page.Height - box.Top, 1));
    }

    private static bool IsBold(Letter letter)
    {
        // Font names state the weight more reliably than descriptor flags ("TimesNewRomanRegular" can claim ForceBold).
        var name = letter.FontName ?? letter.FontDetails?.Name ?? string.Empty;
        if (BoldNames.Any(n => name.Contains(n, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        if (RegularNames.Any(n => name.Contains(n, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        return letter.FontDetails is { } font && (font.IsBold || font.Weight >= 600);
    }

    private static string? HiddenReason(Letter letter, PdfRectangle bounds, Lazy<List<PdfRectangle>> darkFills, Page page)
    {
        var size = letter.PointSize > 0 ? letter.PointSize : letter.BoundingBox.Height;
        if (size > 0 && size < MinVisiblePointSize)
        {
            return "tiny";
        }

        var box = letter.BoundingBox;
        var centre = box.Centroid;
        if (centre.X < bounds.Left - 1 || centre.X > bounds.Right + 1 || centre.Y < bounds.Bottom - 1 || centre.Y > bounds.Top + 1)
        {
            return "off_page";
        }

        var mode = letter.RenderingMode;
        if (mode is TextRenderingMode.Neither or TextRenderingMode.NeitherClip)
        {
            // Invisible text over page images is an OCR layer: legitimate, and the only text a scan has.
            return SafeImageCount(page) > 0 ? null : "invisible";
        }

        var colour = mode is TextRenderingMode.Stroke or TextRenderingMode.StrokeClip ? letter.StrokeColor : letter.FillColor;
        if (colour is not null && IsNearWhite(colour) && !darkFills.Value.Any(r => Contains(r, centre)) && SafeImageCount(page) == 0)
        {
            return "white";
        }

        return null;
    }

    private static bool IsNearWhite(UglyToad.PdfPig.Graphics.Colors.IColor colour)
    {
        try
        {
            var (r, g, b) = colour.ToRGBValues();
            return r >= NearWhite && g >= NearWhite && b >= NearWhite;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return false;
        }
    }

    // Filled shapes that are not near white: white text on them is visible (coloured headers, sidebars).
    private static List<PdfRectangle> DarkFilledAreas(Page page)
    {
        var areas = new List<PdfRectangle>();
        IReadOnlyList<PdfPath> paths;
        try
        {
            paths = page.Paths;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return areas;
        }

        foreach (var path in paths)
        {
            if (!path.IsFilled || path.FillColor is null || IsNearWhite(path.FillColor))
            {
                continue;
            }

            if (path.GetBoundingRectangle() is { } rect)
            {
                areas.Add(rect);
            }
        }

        return areas;
    }

    private static bool Contains(PdfRectangle rect, PdfPoint point)
        => point.X >= rect.Left && point.X <= rect.Right && point.Y >= rect.Bottom && point.Y <= rect.Top;
}
