namespace ResumeFlow.Core.Tests.Documents;

/// <summary>The read-only test data at ../shared/data next to the repository (found by walking up to Functions.sln).</summary>
internal static class SharedData
{
    public static string? Root { get; } = Find();

    /// <summary>The folder under ../shared/data, or skips the test with the reason when the data is absent.</summary>
    public static string Folder(string name)
    {
        var folder = Root is null ? null : Path.Combine(Root, name);
        if (folder is null || !Directory.Exists(folder))
        {
            Assert.Skip($"../shared/data/{name} is not present next to the repository; the data-set test needs it.");
        }

        return folder!;
    }

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Functions.sln")))
            {
                var data = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data"));
                return Directory.Exists(data) ? data : null;
            }
        }

        return null;
    }
}
