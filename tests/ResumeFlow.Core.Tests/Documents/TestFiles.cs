using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace ResumeFlow.Core.Tests.Documents;

/// <summary>Builds small PDF, DOCX and PNG files in memory for extraction tests.</summary>
internal static class TestFiles
{
    /// <summary>A PDF of lines written top-down at x=50 in Helvetica (bold for headings), 12 pt, 16 pt apart.</summary>
    public static byte[] Pdf(params string[] lines)
    {
        var builder = new PdfDocumentBuilder();
        var regular = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        var y = 800.0;
        foreach (var line in lines)
        {
            var isHeading = line.StartsWith('#');
            page.AddText(line.TrimStart('#', ' '), isHeading ? 14 : 11, new PdfPoint(50, y), isHeading ? bold : regular);
            y -= isHeading ? 24 : 16;
        }

        return builder.Build();
    }

    /// <summary>
    /// A one-page PDF protected by the standard security handler (RC4, revision 2) with a user
    /// password: its /U entry does not match the empty password, so it cannot be opened without it.
    /// </summary>
    public static byte[] EncryptedPdf()
    {
        var hex = string.Concat(Enumerable.Range(0, 32).Select(i => ((i * 37 + 11) % 256).ToString("X2", System.Globalization.CultureInfo.InvariantCulture)));
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
            "<< /Length 8 >>\nstream\n12345678\nendstream",
            $"<< /Filter /Standard /V 1 /R 2 /O <{hex}> /U <{hex}> /P -44 >>",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R /Encrypt 5 0 R /ID [<{hex[..32]}> <{hex[..32]}>] >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    /// <summary>A PNG of the given size (grey), written by hand: signature, IHDR, zlib IDAT, IEND; with a seed, random (incompressible) pixels.</summary>
    public static byte[] Png(int width, int height, int? noiseSeed = null)
    {
        var noise = noiseSeed is { } seed ? new Random(seed) : null;
        using var output = new MemoryStream();
        output.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        WriteBigEndian(header, 0, width);
        WriteBigEndian(header, 4, height);
        header[8] = 8; // bit depth
        header[9] = 0; // greyscale
        Chunk(output, "IHDR", header);
        using var raw = new MemoryStream();
        using (var zlib = new ZLibStream(raw, CompressionLevel.Optimal, leaveOpen: true))
        {
            for (var row = 0; row < height; row++)
            {
                zlib.WriteByte(0);
                for (var x = 0; x < width; x++)
                {
                    zlib.WriteByte(noise is null ? (byte)((x * 7 + row * 3) % 256) : (byte)noise.Next(256));
                }
            }
        }

        Chunk(output, "IDAT", raw.ToArray());
        Chunk(output, "IEND", []);
        return output.ToArray();
    }

    /// <summary>A DOCX: a header with the name, a Heading1 per '#' line, a table of skills, a hidden run and a white run.</summary>
    public static byte[] Docx(IEnumerable<string> lines, string? header = null, string[][]? table = null, string? vanishText = null, string? whiteText = null)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            foreach (var line in lines)
            {
                if (line.StartsWith('#'))
                {
                    body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Heading1" }), new Run(new Text(line.TrimStart('#', ' ')))));
                }
                else
                {
                    body.Append(new Paragraph(new Run(new Text(line) { Space = SpaceProcessingModeValues.Preserve })));
                }
            }

            if (table is not null)
            {
                var t = new Table();
                foreach (var row in table)
                {
                    t.Append(new TableRow(row.Select(cell => new TableCell(new Paragraph(new Run(new Text(cell)))))));
                }

                body.Append(t);
            }

            if (vanishText is not null)
            {
                body.Append(new Paragraph(new Run(new RunProperties(new Vanish()), new Text(vanishText))));
            }

            if (whiteText is not null)
            {
                body.Append(new Paragraph(new Run(new RunProperties(new Color { Val = "FFFFFF" }), new Text(whiteText))));
            }

            main.Document = new Document(body);
            if (header is not null)
            {
                var headerPart = main.AddNewPart<HeaderPart>();
                headerPart.Header = new Header(new Paragraph(new Run(new Text(header))));
                var id = main.GetIdOfPart(headerPart);
                body.Append(new SectionProperties(new HeaderReference { Type = HeaderFooterValues.Default, Id = id }));
            }
        }

        return stream.ToArray();
    }

    /// <summary>A zip with one big, highly compressible entry named like a Word document.</summary>
    public static byte[] ZipBomb(int unpackedBytes)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            var entry = zip.CreateEntry("word/document.xml", CompressionLevel.Optimal);
            using var writer = entry.Open();
            var block = Encoding.ASCII.GetBytes(new string(' ', 64 * 1024));
            for (var written = 0; written < unpackedBytes; written += block.Length)
            {
                writer.Write(block);
            }
        }

        return stream.ToArray();
    }

    private static void Chunk(Stream output, string type, byte[] data)
    {
        var length = new byte[4];
        WriteBigEndian(length, 0, data.Length);
        output.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        output.Write(typed);
        var crc = new byte[4];
        WriteBigEndian(crc, 0, (int)Crc32(typed));
        output.Write(crc);
    }

    private static void WriteBigEndian(byte[] buffer, int offset, int value)
    {
        buffer[offset] = (byte)(value >> 24);
        buffer[offset + 1] = (byte)(value >> 16);
        buffer[offset + 2] = (byte)(value >> 8);
        buffer[offset + 3] = (byte)value;
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
