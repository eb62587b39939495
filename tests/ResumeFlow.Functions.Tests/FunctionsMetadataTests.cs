using System.Text.Json;
using ResumeFlow.Testing;
using ResumeFlow.Workflows.Catalogue;

namespace ResumeFlow.Functions.Tests;

/// <summary>The build's functions.metadata is what the Functions host reads: its bindings must match the catalogue and the app's routes.</summary>
public sealed class FunctionsMetadataTests
{
    private static readonly Dictionary<string, JsonElement[]> Bindings = LoadBindings();

    [Fact]
    public void Metadata_declares_every_catalogued_task_with_its_durable_trigger()
    {
        foreach (var task in WorkflowCatalogue.Tasks)
        {
            Assert.True(Bindings.TryGetValue(task.Name, out var bindings), $"functions.metadata lacks '{task.Name}'");
            var trigger = Assert.Single(bindings, b => b.GetProperty("direction").GetString() == "In" && b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal));
            Assert.Equal(task.Kind == WorkflowTaskKind.Orchestrator ? "orchestrationTrigger" : "activityTrigger", trigger.GetProperty("type").GetString());
        }
    }

    [Theory]
    [InlineData("PostCv", "cvs")]
    [InlineData("PostScreening", "screenings")]
    [InlineData("RetryScreening", "screenings/{id}/retry")]
    public void Http_starters_are_function_key_post_routes_with_a_durable_client(string function, string route)
    {
        var bindings = Bindings[function];
        var http = Assert.Single(bindings, b => b.GetProperty("type").GetString() == "httpTrigger");
        Assert.Equal(route, http.GetProperty("route").GetString());
        Assert.Equal("Function", http.GetProperty("authLevel").GetString());
        Assert.Equal(["post"], http.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
        Assert.Contains(bindings, b => b.GetProperty("type").GetString() == "durableClient");
    }

    [Fact]
    public void Blob_trigger_watches_the_uploads_container_on_the_app_storage()
    {
        var blob = Assert.Single(Bindings["CvUploaded"], b => b.GetProperty("type").GetString() == "blobTrigger");
        Assert.Equal("cvs/{name}", blob.GetProperty("path").GetString());
        Assert.Equal("AzureWebJobsStorage", blob.GetProperty("connection").GetString());
    }

    private static Dictionary<string, JsonElement[]> LoadBindings()
    {
        // The Functions SDK writes the file into the app's own output folder at build time.
        var output = Path.GetDirectoryName(typeof(Ingestion.IngestionFunctions).Assembly.Location)!;
        var path = Path.Combine(output, "functions.metadata");
        if (!File.Exists(path))
        {
            var configuration = new DirectoryInfo(output).Parent!.Name;
            path = Path.Combine(RepositoryPaths.Root!, "src", "ResumeFlow.Functions", "bin", configuration, "net10.0", "functions.metadata");
        }

        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.EnumerateArray().ToDictionary(
            f => f.GetProperty("name").GetString()!,
            f => f.GetProperty("bindings").EnumerateArray().Select(b => b.Clone()).ToArray(),
            StringComparer.Ordinal);
    }
}
