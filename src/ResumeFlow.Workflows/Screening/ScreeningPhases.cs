namespace ResumeFlow.Workflows.Screening;

/// <summary>The <c>phase</c> values of the screening's custom status, in order.</summary>
public static class ScreeningPhases
{
    public const string AnalyzingJob = "analyzing-job";
    public const string Scoring = "scoring";
    public const string LlmScoring = "llm-scoring";
    public const string Reporting = "reporting";
    public const string Completed = "completed";
}
