using System.ComponentModel.DataAnnotations;

namespace ResumeFlow.Storage.Configuration;

/// <summary>Configuration section <c>Storage:Artifacts</c>.</summary>
public sealed class ArtifactStorageOptions : IValidatableObject
{
    public const string SectionName = "Storage:Artifacts";

    public ArtifactStorageProvider Provider { get; set; } = ArtifactStorageProvider.FileSystem;

    /// <summary>FileSystem: the root folder; relative paths resolve against the current directory.</summary>
    public string RootPath { get; set; } = Path.Combine(".resumeflow", "artifacts");

    /// <summary>Blob: a storage connection string (e.g. <c>UseDevelopmentStorage=true</c>). Takes precedence over <see cref="ServiceUri"/>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Blob: the account's blob endpoint, authenticated with the ambient Azure identity (managed identity in Azure).</summary>
    public Uri? ServiceUri { get; set; }

    /// <summary>Blob: create a missing container on first use.</summary>
    public bool CreateContainers { get; set; } = true;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        switch (Provider)
        {
            case ArtifactStorageProvider.FileSystem when string.IsNullOrWhiteSpace(RootPath):
                yield return new ValidationResult(
                    "storage_artifacts_root_missing: Storage:Artifacts:RootPath is required when Provider is FileSystem.",
                    [nameof(RootPath)]);
                break;
            case ArtifactStorageProvider.Blob when string.IsNullOrWhiteSpace(ConnectionString) && ServiceUri is not { IsAbsoluteUri: true }:
                yield return new ValidationResult(
                    "storage_blob_endpoint_missing: Storage:Artifacts:ConnectionString or an absolute Storage:Artifacts:ServiceUri is required when Provider is Blob.",
                    [nameof(ConnectionString), nameof(ServiceUri)]);
                break;
            case ArtifactStorageProvider.FileSystem:
            case ArtifactStorageProvider.Blob:
                break;
            default:
                yield return new ValidationResult(
                    $"storage_artifacts_provider_unknown: '{Provider}' is not FileSystem or Blob.",
                    [nameof(Provider)]);
                break;
        }
    }
}
