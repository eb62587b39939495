using System.Text.Json.Nodes;

namespace OpenAISimulator.Batches;

/// <summary>State of one batch, shaped like the Batch API's batch object.</summary>
internal sealed class BatchJob
{
    public required string Id { get; init; }

    public required string InputFileId { get; init; }

    public required string Endpoint { get; init; }

    public required string CompletionWindow { get; init; }

    public JsonObject? Metadata { get; init; }

    public long CreatedAt { get; init; }

    /// <summary>1 for the first batch the server created, 2 for the next… (<see cref="SimulatorOptions.ExpireBatches"/>).</summary>
    public int Ordinal { get; init; }

    public string Status { get; set; } = "validating";

    public string? OutputFileId { get; set; }

    public string? ErrorFileId { get; set; }

    public long? InProgressAt { get; set; }

    public long? FinalizingAt { get; set; }

    public long? CompletedAt { get; set; }

    public long? FailedAt { get; set; }

    public long? CancellingAt { get; set; }

    public long? CancelledAt { get; set; }

    public long? ExpiredAt { get; set; }

    public int Total { get; set; }

    public int Completed { get; set; }

    public int Failed { get; set; }

    public string? ValidationError { get; set; }

    public CancellationTokenSource Cancellation { get; } = new();

    public Lock Sync { get; } = new();

    public JsonObject ToJson()
    {
        lock (Sync)
        {
            return new JsonObject
            {
                ["id"] = Id,
                ["object"] = "batch",
                ["endpoint"] = Endpoint,
                ["errors"] = ValidationError is null ? null : new JsonObject
                {
                    ["object"] = "list",
                    ["data"] = new JsonArray { new JsonObject { ["code"] = "invalid_input", ["message"] = ValidationError, ["param"] = null, ["line"] = null } },
                },
                ["input_file_id"] = InputFileId,
                ["completion_window"] = CompletionWindow,
                ["status"] = Status,
                ["output_file_id"] = OutputFileId,
                ["error_file_id"] = ErrorFileId,
                ["created_at"] = CreatedAt,
                ["in_progress_at"] = InProgressAt,
                ["expires_at"] = CreatedAt + 86_400,
                ["finalizing_at"] = FinalizingAt,
                ["completed_at"] = CompletedAt,
                ["failed_at"] = FailedAt,
                ["expired_at"] = ExpiredAt,
                ["cancelling_at"] = CancellingAt,
                ["cancelled_at"] = CancelledAt,
                ["request_counts"] = new JsonObject { ["total"] = Total, ["completed"] = Completed, ["failed"] = Failed },
                ["metadata"] = Metadata?.DeepClone(),
            };
        }
    }
}
