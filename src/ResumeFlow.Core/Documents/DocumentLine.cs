namespace ResumeFlow.Core.Documents;

/// <summary>
/// One line of extracted text in reading order, with the layout hints section detection uses.
/// Hints a format does not carry are null (plain text has no font size). An empty
/// <see cref="Text"/> marks a paragraph or block break.
/// </summary>
/// <param name="Text">The line's text, trimmed.</param>
/// <param name="Page">1-based page (PDF); 1 for formats without pages.</param>
/// <param name="FontSize">Dominant font size in points, when known.</param>
/// <param name="IsBold">Whether most of the line is bold.</param>
/// <param name="X">Left edge in points from the page's left (PDF).</param>
/// <param name="Y">Top edge in points from the page's top (PDF).</param>
/// <param name="HeadingLevel">An explicit heading level from the source (Markdown #, DOCX Heading styles, HTML h1-h6).</param>
/// <param name="IsListItem">Whether the source marks the line as a list item (a Markdown "- ", "* " or "1. " item).</param>
public sealed record DocumentLine(
    string Text,
    int Page = 1,
    double? FontSize = null,
    bool IsBold = false,
    double? X = null,
    double? Y = null,
    int? HeadingLevel = null,
    bool IsListItem = false)
{
    public bool IsBlank => Text.Length == 0;
}
