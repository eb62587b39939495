namespace ResumeFlow.Core.Documents;

/// <summary>The document formats the extractor reads.</summary>
public enum DocumentFormat
{
    Pdf,
    Docx,
    Text,
    Markdown,
    Html,
}
