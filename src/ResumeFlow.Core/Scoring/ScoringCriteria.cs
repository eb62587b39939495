namespace ResumeFlow.Core.Scoring;

/// <summary>Stable names of the scoring criteria (used in reports, configuration and the LLM rubric).</summary>
public static class ScoringCriteria
{
    public const string MustHave = "must_have";
    public const string NiceToHave = "nice_to_have";
    public const string Experience = "experience";
    public const string Recency = "recency";
    public const string Education = "education";
    public const string Title = "title";
    public const string TextSimilarity = "text_similarity";

    public static IReadOnlyList<string> All { get; } = [MustHave, NiceToHave, Experience, Recency, Education, Title, TextSimilarity];
}
