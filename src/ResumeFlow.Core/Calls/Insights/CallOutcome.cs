namespace ResumeFlow.Core.Calls.Insights;

/// <summary>Where the call left the candidate.</summary>
public enum CallOutcome
{
    Advance,
    Hold,
    Reject,
    Withdrawn,
    Undecided,
}
