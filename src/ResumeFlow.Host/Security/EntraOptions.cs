using System.ComponentModel.DataAnnotations;

namespace ResumeFlow.Host.Security;

/// <summary>
/// Microsoft Entra ID bearer tokens as an alternative to the host key (<c>Host:Entra</c>). Off unless
/// both <see cref="TenantId"/> and <see cref="Audience"/> are set; then a request may present
/// <c>Authorization: Bearer …</c> instead of the key, and it is validated against the tenant's signing
/// keys, issuer and this audience.
/// </summary>
public sealed class EntraOptions : IValidatableObject
{
    public const string SectionName = "Host:Entra";

    /// <summary>The authority host; sovereign clouds use another one.</summary>
    [Required]
    [Url]
    public string Instance { get; set; } = "https://login.microsoftonline.com/";

    /// <summary>The directory (tenant) id whose tokens are accepted.</summary>
    public string? TenantId { get; set; }

    /// <summary>The application id URI or client id the token must be issued for.</summary>
    public string? Audience { get; set; }

    /// <summary>When set, the token must carry this app role (<c>roles</c> claim), e.g. <c>Screening.ReadWrite</c>.</summary>
    public string? RequiredRole { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(TenantId) && !string.IsNullOrWhiteSpace(Audience);

    /// <summary>The v2.0 authority tokens are issued by: <c>{Instance}{TenantId}/v2.0</c>.</summary>
    public string Authority => $"{Instance.TrimEnd('/')}/{TenantId}/v2.0";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(TenantId) != string.IsNullOrWhiteSpace(Audience))
        {
            yield return new ValidationResult("Host:Entra needs both TenantId and Audience, or neither.", [nameof(TenantId), nameof(Audience)]);
        }
    }
}
