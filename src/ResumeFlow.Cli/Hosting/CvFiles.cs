namespace ResumeFlow.Cli.Hosting;

/// <summary>Expands the <c>--cvs</c> arguments (files and folders, recursively) into CV files, sorted for a stable order.</summary>
internal static class CvFiles
{
    private static readonly HashSet<string> Extensions = new(StringComparer.OrdinalIgnoreCase) { ".pdf", ".docx", ".txt", ".md", ".markdown", ".html", ".htm" };

    public static IReadOnlyList<string> Find(CliEnvironment environment, IReadOnlyList<string> paths)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var full = environment.Resolve(path);
            if (File.Exists(full))
            {
                files.Add(full);
            }
            else if (Directory.Exists(full))
            {
                foreach (var file in Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories))
                {
                    if (Extensions.Contains(Path.GetExtension(file)))
                    {
                        files.Add(file);
                    }
                }
            }
            else
            {
                throw new CliException(CliErrorCodes.CvPathNotFound, $"CV path '{path}' does not exist.");
            }
        }

        if (files.Count == 0)
        {
            throw new CliException(CliErrorCodes.NoCvFiles, $"No CV files (.pdf, .docx, .txt, .md) found in {string.Join(", ", paths)}.");
        }

        return files.ToList();
    }
}
