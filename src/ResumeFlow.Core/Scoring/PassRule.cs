namespace ResumeFlow.Core.Scoring;

/// <summary>
/// The one pass rule of a screening: a candidate passes when scored, not knocked out (no mandatory requirement
/// absent with no equivalent), and at or above the threshold. Activities, progress and reports all ask here.
/// </summary>
public static class PassRule
{
    public static bool Passes(bool failed, bool knockedOut, double score, double threshold) => !failed && !knockedOut && score >= threshold;
}
