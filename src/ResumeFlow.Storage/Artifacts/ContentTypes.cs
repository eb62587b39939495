namespace ResumeFlow.Storage.Artifacts;

/// <summary>Content types by file extension, for artifacts whose stored type is unknown.</summary>
internal static class ContentTypes
{
    public const string OctetStream = "application/octet-stream";

    public static string FromName(string name) => Path.GetExtension(name).ToUpperInvariant() switch
    {
        ".PDF" => "application/pdf",
        ".DOCX" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ".TXT" => "text/plain",
        ".MD" => "text/markdown",
        ".JSON" => "application/json",
        ".JSONL" => "application/jsonl",
        ".CSV" => "text/csv",
        ".HTML" or ".HTM" => "text/html",
        _ => OctetStream,
    };
}
