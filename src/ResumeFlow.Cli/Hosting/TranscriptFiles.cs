using ResumeFlow.Core.Calls.Transcripts;
using ResumeFlow.Workflows.Calls;
using Spectre.Console;

namespace ResumeFlow.Cli.Hosting;

/// <summary>
/// Reads the files of a transcripts folder (not its sub-folders) as uploads. Every regular file goes to the run, so
/// one of an unsupported format comes back from the reader as skipped with its code; only what cannot be read from
/// disk at all (too large, unreadable) is skipped here, with its code, and the run goes on.
/// </summary>
internal static class TranscriptFiles
{
    public static async Task<IReadOnlyList<CallTranscriptUpload>> ReadAsync(CliEnvironment environment, string path, IAnsiConsole console, CancellationToken cancellationToken)
    {
        var folder = environment.Resolve(path);
        if (!Directory.Exists(folder))
        {
            throw new CliException(CliErrorCodes.TranscriptsNotFound, $"Transcripts folder '{path}' does not exist.");
        }

        var uploads = new List<CallTranscriptUpload>();
        var files = new DirectoryInfo(folder).EnumerateFiles()
            .Where(f => !f.Name.StartsWith('.') && f.LinkTarget is null)
            .OrderBy(f => f.Name, StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (file.Length > TranscriptReader.MaxFileBytes)
            {
                Skip(console, file.Name, TranscriptErrorCodes.TooLarge, $"{file.Length:N0} bytes; the limit is {TranscriptReader.MaxFileBytes:N0}.");
                continue;
            }

            try
            {
                uploads.Add(new CallTranscriptUpload(file.Name, await File.ReadAllBytesAsync(file.FullName, cancellationToken).ConfigureAwait(false)));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Skip(console, file.Name, TranscriptErrorCodes.Unreadable, ex.Message);
            }
        }

        if (uploads.Count == 0)
        {
            throw new CliException(CliErrorCodes.NoTranscriptFiles, $"No transcript files ({string.Join(", ", TranscriptReader.Extensions)}) found in '{path}'.");
        }

        return uploads;
    }

    public static void Skip(IAnsiConsole console, string source, string code, string message)
        => console.MarkupLineInterpolated($"[yellow]skipped[/] {source} [[{code}]]: {message}");
}
