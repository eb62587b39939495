namespace ResumeFlow.Core.Calls.Insights;

/// <summary>The candidate's overall sentiment in the call.</summary>
public enum CallSentiment
{
    Positive,
    Neutral,
    Negative,
    Mixed,
}
