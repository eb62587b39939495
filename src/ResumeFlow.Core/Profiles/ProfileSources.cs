namespace ResumeFlow.Core.Profiles;

/// <summary>Values of <see cref="CandidateProfile.Source"/>.</summary>
public static class ProfileSources
{
    public const string Deterministic = "deterministic";
    public const string Llm = "llm";
}
