using System.Text.RegularExpressions;

namespace ResumeFlow.Storage.Artifacts;

/// <summary>
/// The naming rules every artifact store enforces, so a name valid on the filesystem is valid in
/// Blob Storage and the reverse, and no name can escape its container folder.
/// </summary>
internal static partial class ArtifactNames
{
    private const int MaxNameLength = 1024;

    public static void Validate(string container, string name)
    {
        ValidateContainer(container);
        ArgumentNullException.ThrowIfNull(name);
        if (!IsValidName(name))
        {
            throw new ArgumentException(
                $"artifact_name_invalid: '{name}' is not a valid artifact name (1-{MaxNameLength} characters, '/'-separated segments, no empty, '.' or '..' segments, no '\\' or control characters).",
                nameof(name));
        }
    }

    public static void ValidateContainer(string container)
    {
        ArgumentNullException.ThrowIfNull(container);
        if (!ContainerPattern().IsMatch(container))
        {
            throw new ArgumentException(
                $"artifact_container_invalid: '{container}' is not a valid container name (3-63 lowercase letters, digits and single hyphens).",
                nameof(container));
        }
    }

    public static void ValidatePrefix(string? prefix)
    {
        if (prefix is not null && (prefix.Contains('\\', StringComparison.Ordinal) || prefix.Any(char.IsControl)))
        {
            throw new ArgumentException($"artifact_prefix_invalid: '{prefix}' contains '\\' or control characters.", nameof(prefix));
        }
    }

    private static bool IsValidName(string name)
    {
        if (name.Length is 0 or > MaxNameLength || name.Contains('\\', StringComparison.Ordinal) || name.Any(char.IsControl))
        {
            return false;
        }

        foreach (var segment in name.Split('/'))
        {
            if (segment.Length == 0 || segment == "." || segment == "..")
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){2,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex ContainerPattern();
}
