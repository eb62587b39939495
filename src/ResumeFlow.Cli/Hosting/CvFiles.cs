using Spectre.Console;

namespace ResumeFlow.Cli.Hosting;

/// <summary>
/// Expands the <c>--cvs</c> arguments (files and folders, recursively) into CV files, sorted for a
/// stable order. An entry that cannot be used (a dangling symlink, a symlink leading out of the folder
/// it was found in, a folder that cannot be listed) is reported with its code and skipped: one bad
/// entry never stops the run. Symlinked folders are not descended into (no cycles, no escapes).
/// </summary>
internal static class CvFiles
{
    private static readonly HashSet<string> Extensions = new(StringComparer.OrdinalIgnoreCase) { ".pdf", ".docx", ".txt", ".md", ".markdown", ".html", ".htm" };

    public static IReadOnlyList<string> Find(CliEnvironment environment, IReadOnlyList<string> paths, IAnsiConsole console)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var full = environment.Resolve(path);
            if (Directory.Exists(full) && new DirectoryInfo(full).LinkTarget is null)
            {
                AddFolder(full, full, files, console);
            }
            else if (File.Exists(full) || new FileInfo(full).LinkTarget is not null)
            {
                AddFile(new FileInfo(full), Path.GetDirectoryName(full)!, files, console);
            }
            else if (Directory.Exists(full))
            {
                AddFolder(full, full, files, console);
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

    private static void AddFolder(string root, string folder, SortedSet<string> files, IAnsiConsole console)
    {
        IEnumerable<FileSystemInfo> entries;
        try
        {
            entries = new DirectoryInfo(folder).EnumerateFileSystemInfos().ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Skip(console, folder, CliErrorCodes.CvUnreadable, ex.Message);
            return;
        }

        foreach (var entry in entries)
        {
            switch (entry)
            {
                case DirectoryInfo directory when directory.LinkTarget is null:
                    AddFolder(root, directory.FullName, files, console);
                    break;
                case DirectoryInfo:
                    Skip(console, entry.FullName, CliErrorCodes.CvSymlinkSkipped, "symlinked folders are not followed.");
                    break;
                case FileInfo file when Extensions.Contains(file.Extension):
                    AddFile(file, root, files, console);
                    break;
                default:
                    break;
            }
        }
    }

    private static void AddFile(FileInfo file, string root, SortedSet<string> files, IAnsiConsole console)
    {
        if (file.LinkTarget is not null)
        {
            var target = file.ResolveLinkTarget(returnFinalTarget: true);
            if (target is null || !target.Exists)
            {
                Skip(console, file.FullName, CliErrorCodes.CvSymlinkDangling, "the symlink points nowhere.");
                return;
            }

            if (!IsInside(root, target.FullName))
            {
                Skip(console, file.FullName, CliErrorCodes.CvSymlinkSkipped, "the symlink points outside the folder and is not followed.");
                return;
            }
        }

        files.Add(file.FullName);
    }

    private static bool IsInside(string root, string path)
    {
        var relative = Path.GetRelativePath(root, path);
        return relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !Path.IsPathRooted(relative);
    }

    internal static void Skip(IAnsiConsole console, string path, string code, string why)
        => console.MarkupLine($"[yellow]skipped[/] [[{code}]] {Markup.Escape(Path.GetFileName(path))}: {Markup.Escape(why)}");
}
