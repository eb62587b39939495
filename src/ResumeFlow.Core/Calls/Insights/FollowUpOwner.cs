namespace ResumeFlow.Core.Calls.Insights;

/// <summary>Who promised a follow-up.</summary>
public enum FollowUpOwner
{
    Interviewer,
    Candidate,
    Team,
}
