namespace ResumeFlow.Core.Calls.Insights;

/// <summary>What kind of call it was.</summary>
public enum CallCategory
{
    Screening,
    Technical,
    Behavioral,
    Offer,
    Other,
}
