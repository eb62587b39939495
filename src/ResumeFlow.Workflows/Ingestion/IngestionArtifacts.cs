using ResumeFlow.Storage.Artifacts;

namespace ResumeFlow.Workflows.Ingestion;

/// <summary>Where ingestion keeps a candidate's artifacts, and the "container/name" references the candidate document holds.</summary>
public static class IngestionArtifacts
{
    public static string TextName(string candidateId) => candidateId + ".txt";

    public static string ProfileName(string candidateId) => candidateId + ".json";

    public static string FeaturesName(string candidateId) => candidateId + ".json";

    public static string TextReference(string candidateId) => Reference(ArtifactContainers.CvText, TextName(candidateId));

    public static string ProfileReference(string candidateId) => Reference(ArtifactContainers.CvProfiles, ProfileName(candidateId));

    public static string Reference(string container, string name) => container + "/" + name;

    /// <summary>Splits "container/name" (the name may contain '/').</summary>
    public static (string Container, string Name) Split(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var slash = reference.IndexOf('/', StringComparison.Ordinal);
        return slash <= 0 || slash == reference.Length - 1
            ? throw new ArgumentException($"'{reference}' is not a 'container/name' reference.", nameof(reference))
            : (reference[..slash], reference[(slash + 1)..]);
    }
}
