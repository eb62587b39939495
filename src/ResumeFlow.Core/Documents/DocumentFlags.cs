namespace ResumeFlow.Core.Documents;

/// <summary>The stable codes of <see cref="DocumentFlag"/>.</summary>
public static class DocumentFlags
{
    /// <summary>Text a reader cannot see (white on white, under 2 pt, outside the page) was left out of the text.</summary>
    public const string HiddenText = "hidden_text";

    /// <summary>The document is (mostly) images of text; OCR would be needed to read it.</summary>
    public const string NeedsOcr = "needs_ocr";

    /// <summary>Some pages could not be read and were skipped.</summary>
    public const string PartialText = "partial_text";
}
