using System.ComponentModel.DataAnnotations;

namespace ResumeFlow.Storage.Configuration;

/// <summary>Configuration section <c>Storage:Documents</c>.</summary>
public sealed class DocumentStorageOptions : IValidatableObject
{
    public const string SectionName = "Storage:Documents";

    public DocumentStorageProvider Provider { get; set; } = DocumentStorageProvider.Sqlite;

    /// <summary>Sqlite: the database file; relative paths resolve against the current directory.</summary>
    public string DatabasePath { get; set; } = Path.Combine(".resumeflow", "documents.db");

    /// <summary>Cosmos: the account endpoint, e.g. <c>https://myaccount.documents.azure.com:443/</c>.</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>Cosmos: the account key; when absent the ambient Azure identity is used (managed identity in Azure).</summary>
    public string? Key { get; set; }

    /// <summary>Cosmos: the database name.</summary>
    [Required]
    [RegularExpression("^[A-Za-z0-9][A-Za-z0-9_-]{0,254}$", ErrorMessage = "storage_cosmos_database_invalid: Storage:Documents:Database must be 1-255 letters, digits, '-' or '_'.")]
    public string Database { get; set; } = "resumeflow";

    /// <summary>Cosmos: create the database and the containers (with their partition key paths) when missing.</summary>
    public bool CreateIfNotExists { get; set; } = true;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        switch (Provider)
        {
            case DocumentStorageProvider.Sqlite when string.IsNullOrWhiteSpace(DatabasePath):
                yield return new ValidationResult(
                    "storage_sqlite_path_missing: Storage:Documents:DatabasePath is required when Provider is Sqlite.",
                    [nameof(DatabasePath)]);
                break;
            case DocumentStorageProvider.Cosmos when Endpoint is not { IsAbsoluteUri: true }:
                yield return new ValidationResult(
                    "storage_cosmos_endpoint_missing: an absolute Storage:Documents:Endpoint is required when Provider is Cosmos.",
                    [nameof(Endpoint)]);
                break;
            case DocumentStorageProvider.Sqlite:
            case DocumentStorageProvider.Cosmos:
                break;
            default:
                yield return new ValidationResult(
                    $"storage_documents_provider_unknown: '{Provider}' is not Sqlite or Cosmos.",
                    [nameof(Provider)]);
                break;
        }
    }
}
