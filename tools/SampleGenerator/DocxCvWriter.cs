using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SampleGenerator;

/// <summary>Writes a CV as DOCX: styled headings with bold runs, bullets, and real Word tables.</summary>
internal static class DocxCvWriter
{
    public static void Write(CvSource source, string path)
    {
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        document.PackageProperties.Title = source.AllBlocks.OfType<CvBlock.Title>().FirstOrDefault()?.Text;
        document.PackageProperties.Creator = "ResumeFlow SampleGenerator";
        var main = document.AddMainDocumentPart();
        AddStyles(main);
        var body = new Body();
        foreach (var block in source.AllBlocks)
        {
            body.AppendChild(ToElement(block));
        }

        body.AppendChild(new SectionProperties(new PageMargin { Top = 1134, Bottom = 1134, Left = 1134, Right = 1134 }));
        main.Document = new Document(body);
        main.Document.Save();
    }

    private static OpenXmlElement ToElement(CvBlock block) => block switch
    {
        CvBlock.Title title => StyledParagraph("Title", title.Text, bold: true, halfPoints: 36),
        CvBlock.Heading heading => StyledParagraph("Heading1", heading.Text, bold: true, halfPoints: 28),
        CvBlock.Subheading subheading => StyledParagraph("Heading2", subheading.Text, bold: true, halfPoints: 23),
        CvBlock.Bullet bullet => StyledParagraph("ListParagraph", "• " + bullet.Text, bold: false, halfPoints: 21),
        CvBlock.Paragraph paragraph => StyledParagraph(null, paragraph.Text, bold: false, halfPoints: 21),
        CvBlock.Table table => ToTable(table),
        _ => throw new ArgumentOutOfRangeException(nameof(block), block, "Unknown block."),
    };

    private static Paragraph StyledParagraph(string? styleId, string text, bool bold, int halfPoints)
    {
        var properties = new RunProperties(new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        if (bold)
        {
            properties.PrependChild(new Bold());
        }

        var paragraph = new Paragraph(new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        if (styleId is not null)
        {
            paragraph.PrependChild(new ParagraphProperties(new ParagraphStyleId { Val = styleId }));
        }

        return paragraph;
    }

    private static Table ToTable(CvBlock.Table table)
    {
        var border = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 },
            new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 },
            new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
            new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var result = new Table(new TableProperties(border, new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }));
        for (var row = 0; row < table.Rows.Count; row++)
        {
            var tableRow = new TableRow();
            foreach (var cell in table.Rows[row])
            {
                tableRow.AppendChild(new TableCell(StyledParagraph(null, cell, bold: row == 0, halfPoints: 20)));
            }

            result.AppendChild(tableRow);
        }

        return result;
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            ParagraphStyle("Normal", "Normal", null, 21, bold: false),
            ParagraphStyle("Title", "Title", "Normal", 36, bold: true),
            ParagraphStyle("Heading1", "heading 1", "Normal", 28, bold: true),
            ParagraphStyle("Heading2", "heading 2", "Normal", 23, bold: true),
            ParagraphStyle("ListParagraph", "List Paragraph", "Normal", 21, bold: false));
        styles.Styles.Save();
    }

    private static Style ParagraphStyle(string id, string name, string? basedOn, int halfPoints, bool bold)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id, Default = id == "Normal" ? OnOffValue.FromBoolean(true) : null };
        style.AppendChild(new StyleName { Val = name });
        if (basedOn is not null)
        {
            style.AppendChild(new BasedOn { Val = basedOn });
        }

        var runProperties = new StyleRunProperties(new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri" });
        if (bold)
        {
            runProperties.AppendChild(new Bold());
        }

        runProperties.AppendChild(new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        style.AppendChild(runProperties);
        return style;
    }
}
