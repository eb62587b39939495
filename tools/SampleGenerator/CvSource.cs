namespace SampleGenerator;

/// <summary>
/// A CV written in a small Markdown subset. With a <c>&lt;!-- main --&gt;</c> line the blocks
/// before it form a sidebar (a two-column layout in PDF) and the blocks after it the main column.
/// </summary>
internal sealed record CvSource(string OutputName, IReadOnlyList<CvBlock> Sidebar, IReadOnlyList<CvBlock> Main)
{
    private const string MainMarker = "<!-- main -->";

    /// <summary>All blocks in reading order (sidebar first), for single-column writers.</summary>
    public IEnumerable<CvBlock> AllBlocks => Sidebar.Concat(Main);

    /// <summary>Parses <c>Sources/{output name}.md</c>, e.g. <c>priya-raman.docx.md</c> → <c>priya-raman.docx</c>.</summary>
    public static CvSource Parse(string path)
    {
        var lines = File.ReadAllLines(path);
        var marker = Array.FindIndex(lines, line => line.Trim() == MainMarker);
        var sidebar = marker < 0 ? [] : ParseBlocks(lines[..marker]);
        var main = ParseBlocks(marker < 0 ? lines : lines[(marker + 1)..]);
        return new CvSource(Path.GetFileNameWithoutExtension(path), sidebar, main);
    }

    private static List<CvBlock> ParseBlocks(IEnumerable<string> lines)
    {
        var blocks = new List<CvBlock>();
        var tableRows = new List<IReadOnlyList<string>>();
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.StartsWith('|'))
            {
                var cells = line.Trim('|').Split('|').Select(cell => cell.Trim()).ToArray();
                if (!cells.All(cell => cell.Length > 0 && cell.All(c => c is '-' or ':')))
                {
                    tableRows.Add(cells);
                }

                continue;
            }

            if (tableRows.Count > 0)
            {
                blocks.Add(new CvBlock.Table([.. tableRows]));
                tableRows.Clear();
            }

            if (line.Length == 0 || line.StartsWith("<!--", StringComparison.Ordinal))
            {
                continue;
            }

            blocks.Add(line switch
            {
                _ when line.StartsWith("### ", StringComparison.Ordinal) => new CvBlock.Subheading(line[4..]),
                _ when line.StartsWith("## ", StringComparison.Ordinal) => new CvBlock.Heading(line[3..]),
                _ when line.StartsWith("# ", StringComparison.Ordinal) => new CvBlock.Title(line[2..]),
                _ when line.StartsWith("- ", StringComparison.Ordinal) => new CvBlock.Bullet(line[2..]),
                _ => new CvBlock.Paragraph(line),
            });
        }

        if (tableRows.Count > 0)
        {
            blocks.Add(new CvBlock.Table([.. tableRows]));
        }

        return blocks;
    }
}
