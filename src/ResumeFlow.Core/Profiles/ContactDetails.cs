namespace ResumeFlow.Core.Profiles;

/// <summary>Ways to reach the candidate found in the text.</summary>
public sealed record ContactDetails(IReadOnlyList<string> Emails, IReadOnlyList<string> Phones, IReadOnlyList<string> Links)
{
    public static ContactDetails Empty { get; } = new([], [], []);
}
