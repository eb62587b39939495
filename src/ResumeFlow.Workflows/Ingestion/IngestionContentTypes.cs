using ResumeFlow.Core.Documents;

namespace ResumeFlow.Workflows.Ingestion;

/// <summary>The content type an upload is stored under when it did not declare one.</summary>
internal static class IngestionContentTypes
{
    public const string OctetStream = "application/octet-stream";

    public static string FromFileName(string fileName)
        => DocumentExtractor.FormatFromFileName(fileName) is { } format ? DocumentExtractor.ContentTypeFor(format) : OctetStream;
}
