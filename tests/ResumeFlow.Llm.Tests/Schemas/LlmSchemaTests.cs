using System.Text.Json;
using OpenAISimulator;
using ResumeFlow.Core.Scoring.Rubric;
using ResumeFlow.Llm.Schemas;
using ResumeFlow.Llm.Tests.Support;

namespace ResumeFlow.Llm.Tests.Schemas;

public sealed class LlmSchemaTests
{
    [Fact]
    public void Score_schema_requires_every_criterion_with_score_evidence_and_reasoning()
    {
        using var schema = JsonDocument.Parse(LlmSchema.For<LlmScoreAnswer>());
        var root = schema.RootElement;
        Assert.Equal("object", root.GetProperty("type").GetString());
        Assert.False(root.GetProperty("additionalProperties").GetBoolean());
        var criteria = root.GetProperty("properties").GetProperty("criteria");
        Assert.Equal(ScoringRubric.Criteria, criteria.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        foreach (var name in ScoringRubric.Criteria)
        {
            var c = criteria.GetProperty("properties").GetProperty(name);
            Assert.Equal(["score", "evidence", "reasoning"], c.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
            Assert.False(c.GetProperty("additionalProperties").GetBoolean());
            Assert.Equal(100, c.GetProperty("properties").GetProperty("score").GetProperty("maximum").GetInt32());
            Assert.Equal(6, c.GetProperty("properties").GetProperty("evidence").GetProperty("maxItems").GetInt32());
        }
    }

    [Fact]
    public void Exported_schema_has_no_keyword_strict_mode_rejects()
    {
        var text = LlmSchema.For<LlmScoreAnswer>();

        Assert.DoesNotContain("\"default\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"pattern\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reply_missing_a_required_property_or_out_of_range_is_rejected()
    {
        var schema = ReplyValidator.Build(LlmSchema.For<ScoreReply>());
        using var good = JsonDocument.Parse("""{"score":5,"verdict":"pass","evidence":[],"summary":"ok"}""");
        using var missing = JsonDocument.Parse("""{"score":5,"verdict":"pass","evidence":[]}""");
        using var extra = JsonDocument.Parse("""{"score":5,"verdict":"pass","evidence":[],"summary":"ok","bonus":1}""");

        Assert.Null(ReplyValidator.Validate(schema, good.RootElement));
        Assert.Contains("summary", ReplyValidator.Validate(schema, missing.RootElement), StringComparison.Ordinal);
        Assert.NotNull(ReplyValidator.Validate(schema, extra.RootElement));
    }

    [Fact]
    public async Task Simulator_answers_the_exported_score_schema_with_a_conforming_reply()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var harness = await LlmHarness.StartAsync(new SimulatorOptions { ClockFactor = 20 }, cancellationToken: ct);

        var request = TestRequests.Score("x1", TestRequests.Cv(1)) with { JsonSchema = LlmSchema.For<LlmScoreAnswer>(), SchemaName = ScoringRubric.SchemaName, MaxOutputTokens = 2000 };
        var result = await harness.Gateway.CompleteJsonAsync<LlmScoreAnswer>(request, ct);

        Assert.True(result.Success, result.ErrorMessage);
        Assert.Equal(1, result.Attempts);
        Assert.All(ScoringRubric.Criteria, c => Assert.InRange(result.Value!.Criteria!.Get(c)!.Score, 0, 100));
    }
}
