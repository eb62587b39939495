namespace ResumeFlow.Workflows.Api;

/// <summary>
/// The body of <c>POST /api/batches</c> on every front: one batch extraction job, or, with
/// <see cref="NumBatches"/>, the continuous mode that submits job after job.
/// </summary>
public sealed record CreateBatchBody(int? BatchSize, int? NumBatches, double? CheckIntervalSeconds)
{
    /// <summary>Checks the numbers before anything starts.</summary>
    public void Validate()
    {
        if (BatchSize is < 1 or > 100_000 || NumBatches is < 1 or > 10_000 || CheckIntervalSeconds is < 1 or > 86_400)
        {
            throw new ApiException(new ApiError(400, ApiRequests.InvalidRequest, "batchSize is 1–100,000, numBatches 1–10,000 and checkIntervalSeconds 1–86,400."));
        }
    }
}
