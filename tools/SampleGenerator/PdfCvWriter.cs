using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace SampleGenerator;

/// <summary>
/// Writes a CV as PDF with the standard-14 Helvetica fonts (no font files needed): one column,
/// or a sidebar plus a main column when the source has one — the layout text extraction finds hardest.
/// </summary>
internal sealed class PdfCvWriter
{
    private const double Margin = 50;
    private const double SidebarWidth = 150;
    private const double Gutter = 24;

    // A4 in points.
    private const double PageWidth = 595;
    private const double PageHeight = 842;

    private readonly PdfDocumentBuilder _builder = new();
    private readonly PdfDocumentBuilder.AddedFont _regular;
    private readonly PdfDocumentBuilder.AddedFont _bold;
    private readonly List<PdfPageBuilder> _pages = [];

    private PdfCvWriter()
    {
        _regular = _builder.AddStandard14Font(Standard14Font.Helvetica);
        _bold = _builder.AddStandard14Font(Standard14Font.HelveticaBold);
    }

    public static void Write(CvSource source, string path)
    {
        var writer = new PdfCvWriter();
        writer._builder.DocumentInformation.Title = source.AllBlocks.OfType<CvBlock.Title>().FirstOrDefault()?.Text;
        writer._builder.DocumentInformation.Producer = "ResumeFlow SampleGenerator";
        writer.Page(0);
        const double width = PageWidth;
        if (source.Sidebar.Count == 0)
        {
            writer.Column(source.Main, Margin, width - (2 * Margin));
        }
        else
        {
            writer.Column(source.Sidebar, Margin, SidebarWidth);
            var mainLeft = Margin + SidebarWidth + Gutter;
            writer._pages[0].DrawLine(new PdfPoint(mainLeft - (Gutter / 2), Margin), new PdfPoint(mainLeft - (Gutter / 2), PageHeight - Margin), 0.5);
            writer.Column(source.Main, mainLeft, width - mainLeft - Margin);
        }

        File.WriteAllBytes(path, writer._builder.Build());
    }

    private PdfPageBuilder Page(int index)
    {
        while (_pages.Count <= index)
        {
            _pages.Add(_builder.AddPage(PageSize.A4));
        }

        return _pages[index];
    }

    /// <summary>Lays out blocks top-down in one column, continuing on the next page when it is full.</summary>
    private void Column(IReadOnlyList<CvBlock> blocks, double left, double width)
    {
        var top = PageHeight - Margin;
        var cursor = new Cursor(0, top);
        foreach (var block in blocks)
        {
            switch (block)
            {
                case CvBlock.Title title:
                    cursor = Lines(cursor, title.Text, _bold, 20, left, width, top, spaceBefore: 0, spaceAfter: 6);
                    break;
                case CvBlock.Heading heading:
                    cursor = Lines(cursor, heading.Text.ToUpperInvariant(), _bold, 12.5, left, width, top, spaceBefore: 12, spaceAfter: 2);
                    Page(cursor.Page).DrawLine(new PdfPoint(left, cursor.Y + 2), new PdfPoint(left + width, cursor.Y + 2), 0.6);
                    cursor = cursor with { Y = cursor.Y - 4 };
                    break;
                case CvBlock.Subheading subheading:
                    cursor = Lines(cursor, subheading.Text, _bold, 10.5, left, width, top, spaceBefore: 6, spaceAfter: 1);
                    break;
                case CvBlock.Bullet bullet:
                    cursor = Lines(cursor, "- " + bullet.Text, _regular, 9.5, left + 6, width - 6, top, spaceBefore: 0, spaceAfter: 1);
                    break;
                case CvBlock.Paragraph paragraph:
                    cursor = Lines(cursor, paragraph.Text, _regular, 9.5, left, width, top, spaceBefore: 0, spaceAfter: 3);
                    break;
                case CvBlock.Table table:
                    foreach (var row in table.Rows.Skip(1))
                    {
                        cursor = Lines(cursor, $"{row[0]}: {string.Join(" | ", row.Skip(1))}", _regular, 9.5, left, width, top, spaceBefore: 0, spaceAfter: 2);
                    }

                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(blocks), block, "Unknown block.");
            }
        }
    }

    private Cursor Lines(Cursor cursor, string text, PdfDocumentBuilder.AddedFont font, double size, double left, double width, double top, double spaceBefore, double spaceAfter)
    {
        var lineHeight = size * 1.3;
        var y = cursor.Y - spaceBefore;
        var page = cursor.Page;
        foreach (var line in Wrap(text, font, size, width))
        {
            if (y - lineHeight < Margin)
            {
                page++;
                y = top;
            }

            y -= lineHeight;
            Page(page).AddText(line, size, new PdfPoint(left, y), font);
        }

        return new Cursor(page, y - spaceAfter);
    }

    /// <summary>Greedy word wrap, measured with the font's own metrics.</summary>
    private IEnumerable<string> Wrap(string text, PdfDocumentBuilder.AddedFont font, double size, double width)
    {
        var line = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && Measure(candidate, font, size) > width)
            {
                yield return line;
                line = word;
            }
            else
            {
                line = candidate;
            }
        }

        if (line.Length > 0)
        {
            yield return line;
        }
    }

    private double Measure(string text, PdfDocumentBuilder.AddedFont font, double size)
    {
        IReadOnlyList<Letter> letters = Page(0).MeasureText(text, size, new PdfPoint(0, 0), font);
        return letters.Count == 0 ? 0 : letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X;
    }

    private readonly record struct Cursor(int Page, double Y);
}
