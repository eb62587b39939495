using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using ResumeFlow.Durable.Hosting;
using ResumeFlow.Testing;

namespace ResumeFlow.Durable.AzureStorage.Tests.Infra;

/// <summary>
/// Every setting the apps read (the keys of local.settings.example.json) is either set by the Bicep that
/// deploys them or has a default: the options bound from the Bicep's settings alone validate.
/// </summary>
public sealed partial class DeployedSettingsTests
{
    // Read by the Functions host, not by our options; what the Bicep sets in their place.
    private static readonly Dictionary<string, string> FunctionsHostSettings = new(StringComparer.Ordinal)
    {
        ["AzureWebJobsStorage"] = "AzureWebJobsStorage__accountName",
        ["FUNCTIONS_WORKER_RUNTIME"] = "dotnet-isolated",
        ["DurableTaskHubName"] = "DurableTaskHubName",
    };

    private static readonly string[] FunctionsAppSections = ["Storage:Artifacts", "Storage:Documents", "Llm", "Scoring:Weights", "Scoring:Llm", "Ingestion"];

    private static readonly string[] SelfHostedSections = [.. FunctionsAppSections, "Ingestion:Watcher", AzureStorageDurableOptions.SectionName];

    private static string Root => RepositoryPaths.Root ?? throw new InvalidOperationException("repository root (Functions.sln) not found");

    [Fact]
    public void Every_key_of_local_settings_example_is_a_setting_an_app_reads()
    {
        var unknown = ExampleKeys()
            .Where(key => !FunctionsHostSettings.ContainsKey(key) && FindProperty(ToPath(key)) is null)
            .ToList();

        Assert.True(unknown.Count == 0, "settings no options class reads: " + string.Join(", ", unknown));
    }

    [Fact]
    public void Functions_app_options_validate_from_main_bicep_settings_and_defaults()
    {
        var bicep = File.ReadAllText(Path.Combine(Root, "infra", "main.bicep"));
        var settings = BicepSettings(bicep);

        foreach (var (setting, setBy) in FunctionsHostSettings)
        {
            Assert.True(settings.ContainsKey(setBy) || bicep.Contains($"'{setBy}'", StringComparison.Ordinal), $"{setting}: main.bicep sets neither it nor {setBy}");
        }

        AssertOptionsValidate(settings, FunctionsAppSections);
    }

    [Fact]
    public void Self_hosted_options_validate_from_container_apps_bicep_settings_and_defaults()
    {
        var settings = BicepSettings(File.ReadAllText(Path.Combine(Root, "infra", "container-apps.bicep")));

        Assert.Equal("'AzureStorage'", settings["Durable__Backend"]);
        AssertOptionsValidate(settings, SelfHostedSections);

        // Backend and role are read by name before anything registers; the Bicep's default role must be one the host accepts.
        var backend = DurableBackendOptions.Read(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Durable:Backend"] = settings["Durable__Backend"].Trim('\''),
            ["Durable:Role"] = BicepParameterDefault(File.ReadAllText(Path.Combine(Root, "infra", "container-apps.bicep")), settings["Durable__Role"]),
        }).Build());
        Assert.Equal(DurableBackend.AzureStorage, backend.Backend);
    }

    private static void AssertOptionsValidate(Dictionary<string, string> bicepSettings, string[] sections)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in bicepSettings)
        {
            var path = ToPath(name);
            if (FindProperty(path) is { } property)
            {
                values[path] = Placeholder(value, property.PropertyType);
            }
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var failures = new List<string>();
        foreach (var section in sections)
        {
            var type = OptionsTypes()[section];
            var options = Activator.CreateInstance(type)!;
            configuration.GetSection(section).Bind(options);
            var results = new List<ValidationResult>();
            if (!Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
            {
                failures.AddRange(results.Select(r => $"{section}: {r.ErrorMessage}"));
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>A literal Bicep value as is; an expression (resolved at deployment) as a valid value of the property's type.</summary>
    private static string Placeholder(string bicepValue, Type type)
    {
        if (bicepValue.StartsWith('\'') && bicepValue.EndsWith('\'') && !bicepValue.Contains("${", StringComparison.Ordinal))
        {
            return bicepValue.Trim('\'');
        }

        type = Nullable.GetUnderlyingType(type) ?? type;
        return type == typeof(int) || type == typeof(long) || type == typeof(double) ? "1"
            : type == typeof(Uri) || bicepValue.Contains("endpoint", StringComparison.OrdinalIgnoreCase) ? "https://deployed.example/"
            : "deployed";
    }

    /// <summary>The default of the Bicep parameter a setting's value names.</summary>
    private static string BicepParameterDefault(string bicep, string parameter) =>
        Regex.Match(bicep, $@"param {Regex.Escape(parameter)} \w+ = '(?<value>[^']*)'").Groups["value"].Value;

    private static Dictionary<string, string> BicepSettings(string bicep) =>
        BicepSetting().Matches(bicep).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["value"].Value.Trim(), StringComparer.Ordinal);

    private static IEnumerable<string> ExampleKeys()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "local.settings.example.json")));
        return json.RootElement.GetProperty("Values").EnumerateObject().Select(p => p.Name).ToList();
    }

    private static string ToPath(string key) => key.Replace("__", ":", StringComparison.Ordinal);

    /// <summary>The options property a configuration path binds to (longest section prefix, then nested properties).</summary>
    private static PropertyInfo? FindProperty(string path)
    {
        foreach (var (section, type) in OptionsTypes().OrderByDescending(t => t.Key.Length))
        {
            if (!path.StartsWith(section + ":", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            PropertyInfo? property = null;
            var current = type;
            foreach (var segment in path[(section.Length + 1)..].Split(':'))
            {
                property = current.GetProperty(segment, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
                if (property is null)
                {
                    break;
                }

                current = property.PropertyType;
            }

            if (property is not null)
            {
                return property;
            }
        }

        return null;
    }

    /// <summary>Options classes of the apps' assemblies: every type with a <c>SectionName</c> constant.</summary>
    private static Dictionary<string, Type> OptionsTypes() =>
        new[] { "ResumeFlow.Core", "ResumeFlow.Storage", "ResumeFlow.Llm", "ResumeFlow.Workflows", "ResumeFlow.Durable", "ResumeFlow.Host", "ResumeFlow.Durable.AzureStorage" }
            .Select(Assembly.Load)
            .SelectMany(a => a.GetTypes())
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (Type: t, Section: t.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() as string))
            .Where(t => t.Section is not null)
            .ToDictionary(t => t.Section!, t => t.Type, StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"\{\s*name:\s*'(?<name>[A-Za-z0-9_]+)'\s*,\s*value:\s*(?<value>[^}\n]+?)\s*\}")]
    private static partial Regex BicepSetting();
}
