namespace ResumeFlow.Storage.Artifacts;

/// <summary>The artifact containers of DESIGN §6 (Blob container names; folder names on the filesystem).</summary>
public static class ArtifactContainers
{
    public const string Cvs = "cvs";
    public const string CvText = "cv-text";
    public const string CvProfiles = "cv-profiles";
    public const string CvFeatures = "cv-features";
    public const string Reports = "reports";
    public const string BatchFiles = "batch-files";

    public static IReadOnlyList<string> All { get; } = [Cvs, CvText, CvProfiles, CvFeatures, Reports, BatchFiles];
}
