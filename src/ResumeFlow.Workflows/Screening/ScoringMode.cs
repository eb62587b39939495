namespace ResumeFlow.Workflows.Screening;

/// <summary>Which pass a scoring activity performs: the deterministic score of everyone, or the LLM re-score of the pre-filtered few.</summary>
public enum ScoringMode
{
    Deterministic = 0,
    Llm = 1,
}
