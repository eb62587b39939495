using ResumeFlow.Core.Jobs;

namespace ResumeFlow.Core.Scoring;

/// <summary>Scores one candidate against one analysed job, deterministically and without I/O.</summary>
public interface ICandidateScorer
{
    CandidateScore Score(JobProfile job, ScoringInput candidate);
}
