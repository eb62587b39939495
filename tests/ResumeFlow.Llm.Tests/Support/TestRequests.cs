using System.Globalization;

namespace ResumeFlow.Llm.Tests.Support;

/// <summary>A scoring request shaped like the screening workflow's, with a CV per item.</summary>
internal static class TestRequests
{
    public const string Schema = """
        {
          "type": "object",
          "properties": {
            "score": { "type": "integer", "minimum": 0, "maximum": 100 },
            "verdict": { "type": "string", "enum": ["pass", "review", "reject"] },
            "evidence": {
              "type": "array",
              "items": {
                "type": "object",
                "properties": { "skill": { "type": "string" }, "quote": { "type": "string" } },
                "required": ["skill", "quote"],
                "additionalProperties": false
              }
            },
            "summary": { "type": "string" }
          },
          "required": ["score", "verdict", "evidence", "summary"],
          "additionalProperties": false
        }
        """;

    public const string Instructions = "You score a candidate against a job. Rubric: must-have skills 60%, experience 30%, education 10%. Quote the CV line that proves each skill.";

    public const string Job = "Senior backend engineer. Must have: C#, .NET, SQL. Nice to have: Azure, Kubernetes. Minimum 5 years.";

    public static string Cv(int i, string? extra = null) => string.Join('\n',
        $"Candidate {i.ToString(CultureInfo.InvariantCulture)}",
        "Experience",
        $"Backend engineer at Contoso for {(3 + (i % 6)).ToString(CultureInfo.InvariantCulture)} years building C# and .NET services",
        "Designed SQL Server schemas and tuned queries for reporting",
        $"Deployed services to Azure with Kubernetes and Terraform (project {i.ToString(CultureInfo.InvariantCulture)})",
        "Education",
        "BSc Computer Science, University of Somewhere",
        extra ?? "");

    public static LlmRequest Score(string itemKey, string cv, string promptVersion = "v1") => new()
    {
        ItemKey = itemKey,
        Instructions = Instructions,
        JsonSchema = Schema,
        SchemaName = "candidate_score",
        SharedContext = Job,
        UntrustedContent = cv,
        PromptVersion = promptVersion,
        MaxOutputTokens = 300,
    };
}
