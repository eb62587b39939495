namespace ResumeFlow.Core.Documents;

/// <summary>
/// The text of a document in reading order. <see cref="Text"/> is the lines joined with '\n', so
/// line indexes of <see cref="Lines"/> are line numbers of <see cref="Text"/>. Hidden text is not in it.
/// </summary>
public sealed record ExtractedDocument(
    string Text,
    IReadOnlyList<DocumentLine> Lines,
    DocumentFileFormat Format,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<DocumentFlag> Flags,
    int PageCount = 1)
{
    public bool HasFlag(string code) => Flags.Any(f => f.Code == code);

    /// <summary>A document from plain lines (no layout hints), e.g. text that is already extracted.</summary>
    public static ExtractedDocument FromLines(IReadOnlyList<DocumentLine> lines, DocumentFileFormat format, IReadOnlyList<string>? warnings = null, IReadOnlyList<DocumentFlag>? flags = null, int pageCount = 1)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var text = string.Join('\n', lines.Select(l => l.Text));
        return new ExtractedDocument(text, lines, format, warnings ?? [], flags ?? [], pageCount);
    }
}
