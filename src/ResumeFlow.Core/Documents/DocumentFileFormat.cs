namespace ResumeFlow.Core.Documents;

/// <summary>The document formats the extractor reads.</summary>
public enum DocumentFileFormat
{
    Pdf,
    Docx,
    Text,
    Markdown,
    Html,
}
