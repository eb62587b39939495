namespace ResumeFlow.Workflows.Batches;

/// <summary>The screening a batch's answers are LLM scores for: where they are stored and the pass mark they are judged by.</summary>
public sealed record ScreeningBatchTarget(string ScreeningId, string JobId, double Threshold);
