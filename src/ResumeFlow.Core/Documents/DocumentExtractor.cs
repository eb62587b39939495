using System.Buffers;
using System.IO.Compression;

namespace ResumeFlow.Core.Documents;

/// <summary>
/// Reads a CV file (PDF, DOCX, TXT, Markdown, HTML) into text in reading order with line-level
/// layout hints. The type is decided from the bytes and checked against the file name, so a
/// renamed binary fails with <see cref="DocumentErrorCodes.TypeMismatch"/> instead of being read as text.
/// Thread-safe; every failure is a <see cref="DocumentExtractionException"/> with a stable code.
/// </summary>
public sealed class DocumentExtractor
{
    /// <summary>All that format detection looks at: magic numbers in the first KB, the binary check in the first 8 KB.</summary>
    private const int HeadBytes = 8192;

    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] OleMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>A shared instance; the extractor holds no state.</summary>
    public static DocumentExtractor Default { get; } = new();

    /// <summary>
    /// Reads <paramref name="content"/> (not disposed) as the file <paramref name="fileName"/>. A seekable
    /// stream at its start (a stored file) is read in place: PDF and DOCX are parsed from it as the
    /// parser goes, so a large file is never copied into memory; other streams are read into memory first.
    /// </summary>
    public ExtractedDocument Extract(Stream content, string fileName, ExtractionLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(fileName);
        limits ??= ExtractionLimits.Default;

        // PDF offsets count from the file's first byte, so only a stream at its start is read in place.
        if (!content.CanSeek || content.Position != 0)
        {
            return Extract(ReadBounded(content, limits.MaxFileBytes), fileName, limits);
        }

        CheckSize(content.Length, fileName, limits);
        var format = DetectFormat(content, fileName);
        var document = format switch
        {
            DocumentFileFormat.Pdf => PdfTextExtractor.Extract(content, limits),
            DocumentFileFormat.Docx => DocxTextExtractor.Extract(content, limits),

            // Text is needed whole anyway, and its formats are small next to the limit.
            _ => ExtractText(ReadBounded(content, limits.MaxFileBytes), fileName, format),
        };
        return EnsureVisibleText(document, fileName);
    }

    /// <summary>Reads the bytes of the file <paramref name="fileName"/>.</summary>
    public ExtractedDocument Extract(byte[] content, string fileName, ExtractionLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(fileName);
        limits ??= ExtractionLimits.Default;
        CheckSize(content.Length, fileName, limits);
        var format = DetectFormat(content, fileName);
        var document = format switch
        {
            DocumentFileFormat.Pdf => PdfTextExtractor.Extract(content, limits),
            DocumentFileFormat.Docx => DocxTextExtractor.Extract(content, limits),
            _ => ExtractText(content, fileName, format),
        };
        return EnsureVisibleText(document, fileName);
    }

    /// <summary>Text that is already extracted (pasted, or generated), read as Markdown-like plain text.</summary>
    public static ExtractedDocument FromText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return MarkdownTextExtractor.Extract(text);
    }

    /// <summary>The format implied by a file name's extension, or null when it is not one the extractor reads.</summary>
    public static DocumentFileFormat? FormatFromFileName(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        return Path.GetExtension(fileName).ToUpperInvariant() switch
        {
            ".PDF" => DocumentFileFormat.Pdf,
            ".DOCX" => DocumentFileFormat.Docx,
            ".TXT" or ".TEXT" => DocumentFileFormat.Text,
            ".MD" or ".MARKDOWN" => DocumentFileFormat.Markdown,
            ".HTML" or ".HTM" => DocumentFileFormat.Html,
            _ => null,
        };
    }

    /// <summary>The MIME type to store a file of that format under.</summary>
    public static string ContentTypeFor(DocumentFileFormat format) => format switch
    {
        DocumentFileFormat.Pdf => "application/pdf",
        DocumentFileFormat.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        DocumentFileFormat.Markdown => "text/markdown; charset=utf-8",
        DocumentFileFormat.Html => "text/html; charset=utf-8",
        _ => "text/plain; charset=utf-8",
    };

    /// <summary>
    /// The format of a file from its first bytes, checked against its name. Throws
    /// <see cref="DocumentErrorCodes.UnsupportedType"/> for formats the extractor does not read and
    /// <see cref="DocumentErrorCodes.TypeMismatch"/> when the bytes contradict the extension.
    /// </summary>
    public static DocumentFileFormat DetectFormat(ReadOnlySpan<byte> content, string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var byName = FormatFromFileName(fileName);
        var extension = Path.GetExtension(fileName);
        var head = content[..Math.Min(content.Length, 1024)];
        if (head.IndexOf(PdfMagic) >= 0)
        {
            return byName is null or DocumentFileFormat.Pdf
                ? DocumentFileFormat.Pdf
                : throw Mismatch(fileName, "a PDF");
        }

        if (content.StartsWith(ZipMagic))
        {
            if (byName is DocumentFileFormat.Docx)
            {
                return DocumentFileFormat.Docx;
            }

            if (byName is null && extension.Length == 0)
            {
                return DocumentFileFormat.Docx;
            }

            throw byName is null
                ? Unsupported(fileName, "a zip package")
                : Mismatch(fileName, "a zip package");
        }

        if (content.StartsWith(OleMagic))
        {
            throw byName is null or DocumentFileFormat.Docx
                ? Unsupported(fileName, "a legacy Office (.doc) file; save it as DOCX or PDF")
                : Mismatch(fileName, "a legacy Office file");
        }

        var binary = BinarySignature(head);
        if (binary is not null)
        {
            throw byName is null ? Unsupported(fileName, binary) : Mismatch(fileName, binary);
        }

        switch (byName)
        {
            case DocumentFileFormat.Pdf:
                throw Mismatch(fileName, "not a PDF (no %PDF header)");
            case DocumentFileFormat.Docx:
                throw Mismatch(fileName, "not a DOCX (not a zip package)");
            case null when extension.Length > 0:
                throw Unsupported(fileName, $"a '{extension}' file");
        }

        if (TextDecoder.LooksBinary(content))
        {
            throw byName is null
                ? Unsupported(fileName, "binary data")
                : Mismatch(fileName, "binary data, not text");
        }

        if (byName is null)
        {
            return LooksLikeHtml(head) ? DocumentFileFormat.Html : DocumentFileFormat.Text;
        }

        return byName.Value;
    }

    private static void CheckSize(long length, string fileName, ExtractionLimits limits)
    {
        if (length > limits.MaxFileBytes)
        {
            throw TooLarge(length, limits.MaxFileBytes);
        }

        if (length == 0)
        {
            throw new DocumentExtractionException(DocumentErrorCodes.EmptyFile, $"'{fileName}' is empty.");
        }
    }

    private static ExtractedDocument ExtractText(byte[] content, string fileName, DocumentFileFormat format) => format switch
    {
        DocumentFileFormat.Markdown => MarkdownTextExtractor.Extract(TextDecoder.Decode(content, fileName)),
        DocumentFileFormat.Html => HtmlTextExtractor.Extract(TextDecoder.Decode(content, fileName)),
        _ => ExtractedDocument.FromLines(TextNormalizer.ToLines(TextDecoder.Decode(content, fileName)), DocumentFileFormat.Text),
    };

    private static ExtractedDocument EnsureVisibleText(ExtractedDocument document, string fileName)
    {
        if (!document.Text.Any(char.IsLetterOrDigit))
        {
            throw new DocumentExtractionException(
                document.HasFlag(DocumentFlags.HiddenText) ? DocumentErrorCodes.NoText : DocumentErrorCodes.EmptyFile,
                document.HasFlag(DocumentFlags.HiddenText)
                    ? $"'{fileName}' has no visible text; only hidden text was found."
                    : $"'{fileName}' contains no text.");
        }

        return document;
    }

    /// <summary>The format of a seekable stream from its first bytes; the stream is left at its start.</summary>
    private static DocumentFileFormat DetectFormat(Stream content, string fileName)
    {
        var head = ArrayPool<byte>.Shared.Rent(HeadBytes);
        try
        {
            var read = content.ReadAtLeast(head.AsSpan(0, HeadBytes), HeadBytes, throwOnEndOfStream: false);
            content.Position = 0;
            return DetectFormat(head.AsSpan(0, read), fileName);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(head);
        }
    }

    private static bool LooksLikeHtml(ReadOnlySpan<byte> head)
    {
        var start = System.Text.Encoding.UTF8.GetString(head).TrimStart().ToUpperInvariant();
        return start.StartsWith("<!DOCTYPE HTML", StringComparison.Ordinal) || start.StartsWith("<HTML", StringComparison.Ordinal);
    }

    private static string? BinarySignature(ReadOnlySpan<byte> head) => head switch
    {
        [0x89, 0x50, 0x4E, 0x47, ..] => "a PNG image",
        [0xFF, 0xD8, 0xFF, ..] => "a JPEG image",
        [0x47, 0x49, 0x46, 0x38, ..] => "a GIF image",
        [0x4D, 0x5A, ..] => "a Windows executable",
        [0x7F, 0x45, 0x4C, 0x46, ..] => "an ELF executable",
        [0x1F, 0x8B, ..] => "a gzip archive",
        [0x52, 0x61, 0x72, 0x21, ..] => "a RAR archive",
        [0x37, 0x7A, 0xBC, 0xAF, ..] => "a 7-Zip archive",
        [0x7B, 0x5C, 0x72, 0x74, 0x66, ..] => "an RTF document",
        _ => null,
    };

    private static DocumentExtractionException Mismatch(string fileName, string actual)
        => new(DocumentErrorCodes.TypeMismatch, $"'{fileName}' is named as {Path.GetExtension(fileName)} but its content is {actual}.");

    private static DocumentExtractionException Unsupported(string fileName, string what)
        => new(DocumentErrorCodes.UnsupportedType, $"'{fileName}' is {what}; supported are PDF, DOCX, TXT, Markdown and HTML.");

    private static DocumentExtractionException TooLarge(long size, long max)
        => new(DocumentErrorCodes.FileTooLarge, $"The file is {size:N0} bytes; the limit is {max:N0} bytes.");

    private static byte[] ReadBounded(Stream content, long maxBytes)
    {
        if (content.CanSeek)
        {
            var remaining = content.Length - content.Position;
            if (remaining > maxBytes)
            {
                throw TooLarge(remaining, maxBytes);
            }
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = content.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                throw TooLarge(buffer.Length, maxBytes);
            }
        }

        return buffer.ToArray();
    }

    internal static void EnsureUnpackedSize(ZipArchive archive, long maxUnpackedBytes)
    {
        long total = 0;
        foreach (var entry in archive.Entries)
        {
            total += entry.Length;
            if (total > maxUnpackedBytes)
            {
                throw new DocumentExtractionException(DocumentErrorCodes.ArchiveTooLarge, $"The DOCX unpacks to more than {maxUnpackedBytes:N0} bytes.");
            }
        }
    }
}
