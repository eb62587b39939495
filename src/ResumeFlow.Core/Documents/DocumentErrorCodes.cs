namespace ResumeFlow.Core.Documents;

/// <summary>Stable error codes of <see cref="DocumentExtractionException"/>; recorded on the candidate.</summary>
public static class DocumentErrorCodes
{
    public const string CorruptFile = "corrupt_file";
    public const string EncryptedPdf = "encrypted_pdf";
    public const string EmptyFile = "empty_file";
    public const string FileTooLarge = "file_too_large";
    public const string UnsupportedType = "unsupported_type";
    public const string ArchiveTooLarge = "archive_too_large";
    public const string TypeMismatch = "type_mismatch";
    public const string NeedsOcr = "needs_ocr";
    public const string NoText = "no_text";
}
