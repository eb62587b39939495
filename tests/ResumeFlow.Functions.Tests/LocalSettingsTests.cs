using System.Collections;
using System.Reflection;
using System.Text.Json;
using ResumeFlow.Core.Scoring;
using ResumeFlow.Llm;
using ResumeFlow.Llm.Batches;
using ResumeFlow.Llm.Pricing;
using ResumeFlow.Storage.Configuration;
using ResumeFlow.Testing;
using ResumeFlow.Workflows.Analysis;
using ResumeFlow.Workflows.Calls;
using ResumeFlow.Workflows.Ingestion;
using ResumeFlow.Workflows.Retention;
using ResumeFlow.Workflows.Scoring;

namespace ResumeFlow.Functions.Tests;

/// <summary>local.settings.example.json holds exactly the settings the Functions app reads: every option it binds, and nothing else.</summary>
public sealed class LocalSettingsTests
{
    // The options the Functions app binds (Program.cs: storage, LLM, workflows), by configuration section.
    private static readonly (string Section, Type Options)[] Bound =
    [
        (ArtifactStorageOptions.SectionName, typeof(ArtifactStorageOptions)),
        (DocumentStorageOptions.SectionName, typeof(DocumentStorageOptions)),
        (LlmOptions.SectionName, typeof(LlmOptions)),
        (IngestionOptions.SectionName, typeof(IngestionOptions)),
        (ScoringWeights.SectionName, typeof(ScoringWeights)),
        (LlmScoringOptions.SectionName, typeof(LlmScoringOptions)),
        (AnalysisOptions.SectionName, typeof(AnalysisOptions)),
        (CallAnalysisOptions.SectionName, typeof(CallAnalysisOptions)),
        (BatchOptions.SectionName, typeof(BatchOptions)),
        (PricingOptions.SectionName, typeof(PricingOptions)),
        (RetentionOptions.SectionName, typeof(RetentionOptions)),
    ];

    // Read by the Functions host and the Durable extension (host.json's %DurableTaskHubName%), not by our code.
    private static readonly string[] HostSettings = ["AzureWebJobsStorage", "FUNCTIONS_WORKER_RUNTIME", "DurableTaskHubName"];

    private static readonly HashSet<string> Keys = LoadKeys();

    [Fact]
    public void Every_scalar_option_the_app_binds_has_a_local_setting()
    {
        var missing = Bound.SelectMany(b => ScalarKeys(b.Section, b.Options)).Where(k => !Keys.Contains(k)).ToList();
        Assert.True(missing.Count == 0, "local.settings.example.json lacks: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_local_setting_is_read_by_the_app()
    {
        var known = Bound.SelectMany(b => ScalarKeys(b.Section, b.Options)).Concat(HostSettings).ToHashSet(StringComparer.Ordinal);
        var maps = Bound.SelectMany(b => MapPrefixes(b.Section, b.Options)).ToList();
        var unread = Keys.Where(k => !known.Contains(k) && !maps.Any(p => k.StartsWith(p, StringComparison.Ordinal))).ToList();
        Assert.True(unread.Count == 0, "local.settings.example.json sets what the app never reads: " + string.Join(", ", unread));
    }

    private static IEnumerable<string> ScalarKeys(string section, Type type) => Settable(type)
        .Where(p => IsScalar(p.PropertyType))
        .Select(p => Key(section, p.Name));

    private static IEnumerable<string> MapPrefixes(string section, Type type) => Settable(type)
        .Where(p => !IsScalar(p.PropertyType) && typeof(IEnumerable).IsAssignableFrom(p.PropertyType))
        .Select(p => Key(section, p.Name) + "__");

    private static IEnumerable<PropertyInfo> Settable(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true });

    private static bool IsScalar(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(TimeSpan) || type == typeof(Uri);
    }

    private static string Key(string section, string property) => section.Replace(":", "__", StringComparison.Ordinal) + "__" + property;

    private static HashSet<string> LoadKeys()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root!, "local.settings.example.json")));
        return document.RootElement.GetProperty("Values").EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
    }
}
