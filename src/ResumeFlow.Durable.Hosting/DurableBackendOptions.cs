using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace ResumeFlow.Durable.Hosting;

/// <summary>
/// The backend and role of a process, bound from the <c>Durable</c> section. The backend's own settings
/// live beside them: <c>Durable:DatabasePath</c> and co. for SQLite, <c>Durable:AzureStorage</c> for Azure Storage.
/// </summary>
public sealed class DurableBackendOptions : IValidatableObject
{
    public const string SectionName = "Durable";

    [EnumDataType(typeof(DurableBackend))]
    public DurableBackend Backend { get; set; } = DurableBackend.Sqlite;

    [EnumDataType(typeof(DurableRole))]
    public DurableRole Role { get; set; } = DurableRole.All;

    public bool RunsWorker => Role != DurableRole.Front;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // The embedded engine's worker and client share one in-process engine over one file: it cannot be split.
        if (Backend == DurableBackend.Sqlite && Role != DurableRole.All)
        {
            yield return new ValidationResult(
                $"durable_role_unsupported: Durable:Role={Role} needs a shared task hub (Durable:Backend=AzureStorage); the Sqlite backend runs only as All.",
                [nameof(Role)]);
        }
    }

    /// <summary>
    /// Binds and validates the <c>Durable</c> section now: the backend decides what gets registered, so a bad
    /// value must stop the process before anything starts, with its error code.
    /// </summary>
    public static DurableBackendOptions Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        DurableBackendOptions options;
        try
        {
            options = configuration.GetSection(SectionName).Get<DurableBackendOptions>() ?? new DurableBackendOptions();
        }
        catch (InvalidOperationException ex)
        {
            throw new OptionsValidationException(SectionName, typeof(DurableBackendOptions), [
                $"durable_backend_invalid: Durable:Backend must be one of {string.Join(", ", Enum.GetNames<DurableBackend>())} and Durable:Role one of {string.Join(", ", Enum.GetNames<DurableRole>())} ({ex.Message})"]);
        }

        var errors = new List<ValidationResult>();
        if (!Validator.TryValidateObject(options, new ValidationContext(options), errors, validateAllProperties: true))
        {
            throw new OptionsValidationException(SectionName, typeof(DurableBackendOptions), errors.Select(e => e.ErrorMessage ?? "durable_backend_invalid"));
        }

        return options;
    }
}
