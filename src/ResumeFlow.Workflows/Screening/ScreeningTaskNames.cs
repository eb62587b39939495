namespace ResumeFlow.Workflows.Screening;

/// <summary>The registered names of the screening orchestrators and activities (the Functions app uses the same names).</summary>
public static class ScreeningTaskNames
{
    public const string ScreenCandidates = "ScreenCandidates";
    public const string ScreenChunk = "ScreenChunk";
    public const string AnalyzeJob = "AnalyzeScreeningJob";
    public const string ReadCandidateRange = "ReadScreeningCandidateRange";
    public const string SelectLlmCandidates = "SelectScreeningLlmCandidates";
    public const string ScoreCandidate = "ScoreCandidate";
    public const string ScoreChunk = "ScoreChunk";
    public const string WriteReport = "WriteScreeningReport";
    public const string EstimateLlmCost = "EstimateScreeningLlmCost";
    public const string PrepareLlmBatch = "PrepareScreeningLlmBatch";
    public const string CollectLlmResults = "CollectScreeningLlmResults";
}
