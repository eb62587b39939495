namespace ResumeFlow.Workflows.Review;

/// <summary>What a reviewer did with the automated decision.</summary>
public enum ReviewDecision
{
    /// <summary>The automated pass or rejection stands.</summary>
    Confirm,

    /// <summary>The automated decision is reversed.</summary>
    Override,
}
