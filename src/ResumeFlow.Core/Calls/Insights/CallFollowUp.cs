namespace ResumeFlow.Core.Calls.Insights;

/// <summary>A follow-up promised in the call and who owns it.</summary>
public sealed record CallFollowUp(string Action, FollowUpOwner Owner);
