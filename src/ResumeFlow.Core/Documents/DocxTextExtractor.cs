using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using RgbColorModelHex = DocumentFormat.OpenXml.Drawing.RgbColorModelHex;
using WordBreak = DocumentFormat.OpenXml.Wordprocessing.Break;

namespace ResumeFlow.Core.Documents;

/// <summary>
/// DOCX through DocumentFormat.OpenXml: headers first, then the body in document order (paragraphs,
/// table cells, text boxes), then footers. Heading styles give heading levels; bold and size come
/// from run properties or the paragraph style. Runs hidden by formatting (vanish, white, under 2 pt)
/// are left out and flagged. The package's unpacked size is checked before parsing (zip bombs).
/// </summary>
internal static class DocxTextExtractor
{
    public static ExtractedDocument Extract(byte[] content, ExtractionLimits limits)
    {
        using var stream = new MemoryStream(content, writable: false);
        return Extract(stream, limits);
    }

    /// <summary>Reads from a seekable stream positioned at the package's start (not disposed); the package is read entry by entry, never copied whole.</summary>
    public static ExtractedDocument Extract(Stream content, ExtractionLimits limits)
    {
        var origin = content.Position;
        try
        {
            using (var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true))
            {
                DocumentExtractor.EnsureUnpackedSize(zip, limits.MaxUnpackedBytes);
                if (zip.GetEntry("word/document.xml") is null && !zip.Entries.Any(e => e.FullName.EndsWith("document.xml", StringComparison.OrdinalIgnoreCase) && e.FullName.StartsWith("word/", StringComparison.OrdinalIgnoreCase)))
                {
                    throw new DocumentExtractionException(
                        zip.GetEntry("xl/workbook.xml") is not null || zip.GetEntry("ppt/presentation.xml") is not null ? DocumentErrorCodes.UnsupportedType : DocumentErrorCodes.TypeMismatch,
                        "The file is a zip package but not a Word document.");
                }
            }

            content.Position = origin;
            using var document = WordprocessingDocument.Open(content, false, new OpenSettings { AutoSave = false });
            return new Reader(document).Read();
        }
        catch (DocumentExtractionException)
        {
            throw;
        }
        catch (InvalidDataException ex)
        {
            throw new DocumentExtractionException(DocumentErrorCodes.CorruptFile, $"The DOCX package is damaged: {ex.Message}", ex);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or System.Xml.XmlException or IOException or InvalidOperationException or NotSupportedException or FileFormatException)
        {
            throw new DocumentExtractionException(DocumentErrorCodes.CorruptFile, $"The DOCX could not be read: {ex.Message}", ex);
        }
    }

    private sealed class Reader
    {
        private readonly WordprocessingDocument _document;
        private readonly Dictionary<string, Style> _styles = new(StringComparer.Ordinal);
        private readonly List<DocumentLine> _lines = [];
        private readonly HiddenTextReport _hidden = new();

        public Reader(WordprocessingDocument document)
        {
            _document = document;
            if (document.MainDocumentPart?.StyleDefinitionsPart?.Styles is { } styles)
            {
                foreach (var style in styles.Elements<Style>())
                {
                    if (style.StyleId?.Value is { } id)
                    {
                        _styles.TryAdd(id, style);
                    }
                }
            }
        }

        public ExtractedDocument Read()
        {
            var main = _document.MainDocumentPart ?? throw new DocumentExtractionException(DocumentErrorCodes.CorruptFile, "The DOCX has no main document part.");
            foreach (var header in main.HeaderParts)
            {
                if (header.Header is { } h)
                {
                    ReadContainer(h);
                }
            }

            Break();
            if (main.Document?.Body is { } body)
            {
                ReadContainer(body);
            }

            Break();
            foreach (var footer in main.FooterParts)
            {
                if (footer.Footer is { } f)
                {
                    ReadContainer(f);
                }
            }

            TextNormalizer.TrimBlankEnds(_lines);
            var distinct = RemoveRepeatedHeaderLines(_lines);
            var flags = _hidden.Count > 0 ? new[] { new DocumentFlag(DocumentFlags.HiddenText, _hidden.Describe()) } : [];
            return ExtractedDocument.FromLines(distinct, DocumentFileFormat.Docx, flags: flags);
        }

        // Several header parts (first page, even, default) often repeat the same line.
        private static List<DocumentLine> RemoveRepeatedHeaderLines(List<DocumentLine> lines)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var result = new List<DocumentLine>(lines.Count);
            foreach (var line in lines)
            {
                if (!line.IsBlank && line.Text.Length < 120 && !seen.Add(line.Text) && result.Count < 12)
                {
                    continue;
                }

                result.Add(line);
            }

            return result;
        }

        private void ReadContainer(OpenXmlElement container)
        {
            foreach (var child in container.ChildElements)
            {
                switch (child)
                {
                    case Paragraph paragraph:
                        ReadParagraph(paragraph);
                        break;
                    case Table table:
                        Break();
                        foreach (var row in table.Elements<TableRow>())
                        {
                            foreach (var cell in row.Elements<TableCell>())
                            {
                                ReadContainer(cell);
                            }

                            Break();
                        }

                        break;
                    case SdtBlock sdt when sdt.SdtContentBlock is { } sdtContent:
                        ReadContainer(sdtContent);
                        break;
                    case AlternateContent alternate:
                        ReadAlternate(alternate);
                        break;
                    case CustomXmlBlock custom:
                        ReadContainer(custom);
                        break;
                }
            }
        }

        private void ReadAlternate(AlternateContent alternate)
        {
            var choice = alternate.GetFirstChild<AlternateContentChoice>();
            if (choice is not null)
            {
                ReadContainer(choice);
            }
            else if (alternate.GetFirstChild<AlternateContentFallback>() is { } fallback)
            {
                ReadContainer(fallback);
            }
        }

        private void ReadParagraph(Paragraph paragraph)
        {
            var styleId = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
            var headingLevel = HeadingLevel(styleId);
            var styleRun = StyleRunProperties(styleId);
            var text = new StringBuilder();
            var boldChars = 0;
            var sizes = new List<double>();
            var totalChars = 0;
            var textBoxes = new List<OpenXmlElement>();
            CollectRuns(paragraph, text, ref boldChars, ref totalChars, sizes, styleRun, textBoxes);

            foreach (var raw in text.ToString().Split('\n'))
            {
                var cleaned = TextNormalizer.CleanLine(raw);
                sizes.Sort();
                double? size = sizes.Count > 0 ? sizes[sizes.Count / 2] : null;
                TextNormalizer.AddLine(_lines, cleaned, t => new DocumentLine(t, 1, size, totalChars > 0 && boldChars * 2 > totalChars, HeadingLevel: headingLevel));
            }

            if (text.Length == 0)
            {
                Break();
            }

            foreach (var box in textBoxes)
            {
                Break();
                ReadContainer(box);
                Break();
            }
        }

        private void CollectRuns(OpenXmlElement element, StringBuilder text, ref int boldChars, ref int totalChars, List<double> sizes, StyleRunInfo styleRun, List<OpenXmlElement> textBoxes)
        {
            foreach (var child in element.ChildElements)
            {
                switch (child)
                {
                    case Run run:
                        ReadRun(run, text, ref boldChars, ref totalChars, sizes, styleRun, textBoxes);
                        break;
                    case AlternateContent alternate:
                        var branch = (OpenXmlElement?)alternate.GetFirstChild<AlternateContentChoice>()
                            ?? alternate.GetFirstChild<AlternateContentFallback>();
                        if (branch is not null)
                        {
                            CollectRuns(branch, text, ref boldChars, ref totalChars, sizes, styleRun, textBoxes);
                        }

                        break;
                    case ParagraphProperties or DeletedRun:
                        break;
                    default:
                        // Hyperlinks, smart tags, fields, inserted runs, content controls.
                        CollectRuns(child, text, ref boldChars, ref totalChars, sizes, styleRun, textBoxes);
                        break;
                }
            }
        }

        private void ReadRun(Run run, StringBuilder text, ref int boldChars, ref int totalChars, List<double> sizes, StyleRunInfo styleRun, List<OpenXmlElement> textBoxes)
        {
            var props = run.RunProperties;
            var runStyle = StyleRunProperties(props?.RunStyle?.Val?.Value, character: true);
            var bold = OnOff(props?.Bold) ?? runStyle.Bold ?? styleRun.Bold ?? false;
            var halfPoints = ParseDouble(props?.FontSize?.Val?.Value) ?? runStyle.HalfPoints ?? styleRun.HalfPoints;
            var colour = props?.Color?.Val?.Value ?? runStyle.Colour ?? styleRun.Colour;
            var hiddenReason = OnOff(props?.Vanish) == true || runStyle.Vanish == true || styleRun.Vanish == true ? "vanish"
                : halfPoints is < 4 ? "tiny"
                : IsWhite(colour) && !HasDarkBackground(run) ? "white"
                : null;

            var runText = new StringBuilder();
            foreach (var child in run.ChildElements)
            {
                switch (child)
                {
                    case Text t:
                        runText.Append(t.Text);
                        break;
                    case TabChar or PositionalTab:
                        runText.Append('\t');
                        break;
                    case WordBreak or CarriageReturn:
                        runText.Append('\n');
                        break;
                    case NoBreakHyphen:
                        runText.Append('-');
                        break;
                    case SymbolChar:
                        runText.Append(' ');
                        break;
                    case Drawing or Picture or AlternateContent or EmbeddedObject:
                        textBoxes.AddRange(TextBoxContents(child));
                        break;
                }
            }

            if (runText.Length == 0)
            {
                return;
            }

            if (hiddenReason is not null)
            {
                if (runText.ToString().Any(char.IsLetterOrDigit))
                {
                    _hidden.AddRun(hiddenReason, runText.ToString());
                }

                return;
            }

            var letters = runText.ToString().Count(char.IsLetterOrDigit);
            totalChars += letters;
            if (bold)
            {
                boldChars += letters;
            }

            if (halfPoints is { } hp && letters > 0)
            {
                sizes.Add(hp / 2);
            }

            text.Append(runText);
        }

        // White text is visible on a shaded run, paragraph or table cell (coloured heading bars).
        private static bool HasDarkBackground(Run run)
        {
            if (run.RunProperties?.Highlight?.Val is { } highlight && highlight.Value != HighlightColorValues.None && highlight.Value != HighlightColorValues.White)
            {
                return true;
            }

            if (IsDarkFill(run.RunProperties?.Shading?.Fill?.Value))
            {
                return true;
            }

            foreach (var ancestor in run.Ancestors())
            {
                var fill = ancestor switch
                {
                    Paragraph p => p.ParagraphProperties?.Shading?.Fill?.Value,
                    TableCell c => c.TableCellProperties?.Shading?.Fill?.Value,
                    Table t => t.GetFirstChild<TableProperties>()?.Shading?.Fill?.Value,
                    _ when ancestor.LocalName == "wsp" => ShapeFill(ancestor),
                    _ => null,
                };
                if (IsDarkFill(fill))
                {
                    return true;
                }
            }

            return false;
        }

        // A DrawingML text box's solid fill (<wps:spPr><a:solidFill><a:srgbClr val="2D73B4"/>); theme colours count as coloured.
        private static string? ShapeFill(OpenXmlElement shape)
        {
            var fill = shape.Elements().FirstOrDefault(e => e.LocalName == "spPr")?.Elements().FirstOrDefault(e => e.LocalName == "solidFill");
            var colour = fill?.Elements().FirstOrDefault();
            return colour switch
            {
                null => null,
                RgbColorModelHex hex => hex.Val?.Value,
                _ => "000000",
            };
        }

        private static bool IsDarkFill(string? fill)
            => fill is { Length: 6 } && !fill.Equals("auto", StringComparison.OrdinalIgnoreCase) && !IsWhite(fill);

        // Text boxes live inside drawings; with mc:AlternateContent only the Choice branch is read,
        // since the VML Fallback repeats the same text.
        private static IEnumerable<OpenXmlElement> TextBoxContents(OpenXmlElement element)
        {
            var stack = new Stack<OpenXmlElement>();
            stack.Push(element);
            var found = new List<OpenXmlElement>();
            while (stack.Count > 0)
            {
                var current = stack.Pop();
                if (current is TextBoxContent)
                {
                    found.Add(current);
                    continue;
                }

                if (current is AlternateContentFallback && current.Parent?.GetFirstChild<AlternateContentChoice>() is not null)
                {
                    continue;
                }

                foreach (var child in current.ChildElements.Reverse())
                {
                    stack.Push(child);
                }
            }

            return found;
        }

        private int? HeadingLevel(string? styleId)
        {
            for (var depth = 0; styleId is not null && depth < 8; depth++)
            {
                if (!_styles.TryGetValue(styleId, out var style))
                {
                    return HeadingFromName(styleId);
                }

                var name = style.StyleName?.Val?.Value ?? styleId;
                if (HeadingFromName(name) is { } level)
                {
                    return level;
                }

                if (style.StyleParagraphProperties?.OutlineLevel?.Val?.Value is { } outline && outline < 9)
                {
                    return outline + 1;
                }

                styleId = style.BasedOn?.Val?.Value;
            }

            return null;
        }

        private static int? HeadingFromName(string name)
        {
            var compact = name.Replace(" ", string.Empty, StringComparison.Ordinal);
            if (compact.Equals("Title", StringComparison.OrdinalIgnoreCase))
            {
                return 1;
            }

            foreach (var prefix in (string[])["heading", "berschrift", "titre", "titulo", "título"])
            {
                var index = compact.IndexOf(prefix, StringComparison.OrdinalIgnoreCase);
                if (index >= 0 && index + prefix.Length < compact.Length && char.IsDigit(compact[index + prefix.Length]))
                {
                    return compact[index + prefix.Length] - '0';
                }
            }

            return null;
        }

        private StyleRunInfo StyleRunProperties(string? styleId, bool character = false)
        {
            bool? bold = null, vanish = null;
            double? halfPoints = null;
            string? colour = null;
            for (var depth = 0; styleId is not null && depth < 8 && _styles.TryGetValue(styleId, out var style); depth++)
            {
                var rp = style.StyleRunProperties;
                bold ??= OnOff(rp?.Bold);
                vanish ??= OnOff(rp?.Vanish);
                halfPoints ??= ParseDouble(rp?.FontSize?.Val?.Value);
                colour ??= rp?.Color?.Val?.Value;
                styleId = style.BasedOn?.Val?.Value;
            }

            if (!character)
            {
                var defaults = _document.MainDocumentPart?.StyleDefinitionsPart?.Styles?.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle;
                halfPoints ??= ParseDouble(defaults?.FontSize?.Val?.Value);
            }

            return new StyleRunInfo(bold, halfPoints, colour, vanish);
        }

        private static bool? OnOff(OnOffType? value) => value is null ? null : value.Val?.Value ?? true;

        private static double? ParseDouble(string? value)
            => double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : null;

        private static bool IsWhite(string? colour)
        {
            if (colour is null || colour.Length != 6 || colour.Equals("auto", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            return int.TryParse(colour.AsSpan(0, 2), System.Globalization.NumberStyles.HexNumber, null, out var r)
                && int.TryParse(colour.AsSpan(2, 2), System.Globalization.NumberStyles.HexNumber, null, out var g)
                && int.TryParse(colour.AsSpan(4, 2), System.Globalization.NumberStyles.HexNumber, null, out var b)
                && r >= 230 && g >= 230 && b >= 230;
        }

        private void Break()
        {
            if (_lines.Count > 0 && !_lines[^1].IsBlank)
            {
                _lines.Add(new DocumentLine(string.Empty));
            }
        }

        private sealed record StyleRunInfo(bool? Bold, double? HalfPoints, string? Colour, bool? Vanish);
    }
}
