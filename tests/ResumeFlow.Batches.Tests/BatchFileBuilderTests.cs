using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using ResumeFlow.Llm;
using ResumeFlow.Llm.Batches;
using ResumeFlow.Llm.Pacing;
using ResumeFlow.Llm.Redaction;

namespace ResumeFlow.Batches.Tests;

public sealed class BatchFileBuilderTests
{
    private const string Instructions = "Extract the profile. These instructions must reach the model whole.";

    [Fact]
    public void Job_is_split_at_the_per_file_request_limit()
    {
        var builder = Builder(new BatchOptions { MaxRequestsPerFile = 2 });

        var parts = builder.Build(Enumerable.Range(0, 5).Select(i => Request($"c{i}", "short cv")));

        Assert.Equal([2, 2, 1], parts.Select(p => p.CustomIds.Count));
        Assert.Equal(["c0", "c1", "c2", "c3", "c4"], parts.SelectMany(p => p.CustomIds));
        Assert.All(parts, p => Assert.Equal(p.CustomIds.Count, Encoding.UTF8.GetString(p.Content.Span).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length));
    }

    [Fact]
    public void Job_is_split_before_a_file_exceeds_the_byte_limit()
    {
        var builder = Builder(new BatchOptions { MaxBytesPerFile = 4096 });

        var parts = builder.Build(Enumerable.Range(0, 6).Select(i => Request($"c{i}", new string('x', 1500))));

        Assert.True(parts.Count >= 3);
        Assert.All(parts, p => Assert.True(p.Content.Length <= 4096));
        Assert.Equal(6, parts.Sum(p => p.CustomIds.Count));
    }

    [Fact]
    public void Cv_beyond_the_context_is_truncated_with_a_note_and_the_instructions_are_kept()
    {
        var builder = Builder(new BatchOptions { ContextTokens = 3000 });
        var cv = string.Join(' ', Enumerable.Range(0, 5000).Select(i => $"word{i}"));

        var line = Encoding.UTF8.GetString(builder.Build([Request("big", cv)])[0].Content.Span);

        using var document = JsonDocument.Parse(line);
        var messages = document.RootElement.GetProperty("body").GetProperty("messages");
        Assert.StartsWith(Instructions, messages[0].GetProperty("content").GetString(), StringComparison.Ordinal);
        var user = messages[messages.GetArrayLength() - 1].GetProperty("content").GetString()!;
        Assert.Contains(BatchFileBuilder.TruncationNote.Trim(), user, StringComparison.Ordinal);
        Assert.DoesNotContain("word4999", user, StringComparison.Ordinal);
        Assert.Contains("word0 ", user, StringComparison.Ordinal);
        Assert.True(new TokenEstimator().Count(line) < 3000 - 1000);
    }

    [Fact]
    public void Line_names_the_batch_deployment_and_the_azure_url()
    {
        var builder = Builder(new BatchOptions { Deployment = "gpt-4o-mini-batch" });

        using var document = JsonDocument.Parse(Encoding.UTF8.GetString(builder.Build([Request("c", "cv")])[0].Content.Span));

        Assert.Equal("c", document.RootElement.GetProperty("custom_id").GetString());
        Assert.Equal("/chat/completions", document.RootElement.GetProperty("url").GetString());
        Assert.Equal("gpt-4o-mini-batch", document.RootElement.GetProperty("body").GetProperty("model").GetString());
    }

    private static BatchFileBuilder Builder(BatchOptions options)
        => new(Options.Create(new LlmOptions { Endpoint = "http://127.0.0.1:1/" }), Options.Create(options), new TokenEstimator(), new RegexPiiRedactor());

    private static LlmRequest Request(string id, string cv) => new()
    {
        ItemKey = id,
        Instructions = Instructions,
        JsonSchema = """{"type":"object","additionalProperties":false,"required":["a"],"properties":{"a":{"type":"string"}}}""",
        SchemaName = "t",
        UntrustedContent = cv,
        MaxOutputTokens = 1000,
    };
}
