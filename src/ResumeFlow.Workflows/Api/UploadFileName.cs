using Microsoft.Net.Http.Headers;

namespace ResumeFlow.Workflows.Api;

/// <summary>
/// The name of a file sent as a raw request body, read one way by the local host and the Functions app:
/// <c>?fileName=</c>, else an <c>X-File-Name</c> header (URL-escaped, so any Unicode name fits in a header),
/// else the <c>Content-Disposition</c> header's <c>filename*</c> or <c>filename</c>. Each front passes the raw values.
/// </summary>
public static class UploadFileName
{
    public const string QueryParameter = "fileName";

    public const string Header = "X-File-Name";

    /// <summary>The file's name, or null when none of the three names it.</summary>
    public static string? Read(string? query, string? header, string? contentDisposition)
    {
        if (!string.IsNullOrEmpty(query))
        {
            return query;
        }

        if (!string.IsNullOrEmpty(header))
        {
            return Uri.UnescapeDataString(header);
        }

        if (ContentDispositionHeaderValue.TryParse(contentDisposition, out var disposition))
        {
            var name = disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value : disposition.FileName.Value;
            if (!string.IsNullOrWhiteSpace(name))
            {
                return name.Trim('"');
            }
        }

        return null;
    }
}
