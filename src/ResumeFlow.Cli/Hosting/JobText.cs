using ResumeFlow.Core.Documents;

namespace ResumeFlow.Cli.Hosting;

/// <summary>Reads a job description file as text (Markdown and text as they are; PDF and DOCX through the extractor).</summary>
internal static class JobText
{
    public static async Task<string> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        try
        {
            return DocumentExtractor.Default.Extract(bytes, Path.GetFileName(path)).Text;
        }
        catch (DocumentExtractionException ex)
        {
            throw new CliException(ex.ErrorCode, $"Cannot read job description '{path}': {ex.Message}");
        }
    }
}
