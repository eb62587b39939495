using Xunit;

namespace ResumeFlow.Testing;

/// <summary>
/// Where the repository and the read-only test data (<c>../shared/data</c>, next to the
/// repository) are, found by walking up from the test assembly to <c>Functions.sln</c>.
/// </summary>
public static class RepositoryPaths
{
    /// <summary>The repository root, or null when the tests run outside a checkout.</summary>
    public static string? Root { get; } = FindRoot();

    /// <summary>../shared/data, or null when it is absent.</summary>
    public static string? SharedData { get; } =
        Root is null || !Directory.Exists(Path.Combine(Root, "..", "shared", "data")) ? null : Path.GetFullPath(Path.Combine(Root, "..", "shared", "data"));

    /// <summary>A file or folder under ../shared/data; skips the calling test, saying why, when it is absent.</summary>
    public static string RequireSharedData(string relativePath)
    {
        var path = SharedData is null ? null : Path.Combine(SharedData, relativePath);
        if (path is null || !(Directory.Exists(path) || File.Exists(path)))
        {
            Assert.Skip($"../shared/data/{relativePath} is not present next to the repository; this data-set test needs it.");
        }

        return path!;
    }

    private static string? FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Functions.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
