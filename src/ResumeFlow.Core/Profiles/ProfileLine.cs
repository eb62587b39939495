namespace ResumeFlow.Core.Profiles;

/// <summary>A line of a section as the profile builder reads it, with its index in the document.</summary>
internal readonly record struct ProfileLine(int Index, string Text)
{
    public bool IsBlank => Text.Length == 0;
}
