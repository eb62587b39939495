using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenAISimulator.Chat;
using OpenAISimulator.Faults;
using OpenAISimulator.Hosting;
using OpenAISimulator.Logging;

namespace OpenAISimulator.Batches;

/// <summary>
/// Runs batches in the background: validating → in_progress → finalizing → completed (or cancelled),
/// one JSONL line at a time through the same chat engine; successes go to the output file, failures
/// (5xx, timeouts, filtered, invalid lines) to the error file, both keyed by custom_id. Lines chosen by
/// <see cref="SimulatorOptions.BatchLineFailureRate"/> fail on their first attempt; batches listed in
/// <see cref="SimulatorOptions.ExpireBatches"/> expire half-way, their unprocessed lines reported as <c>batch_expired</c>.
/// </summary>
internal sealed class BatchProcessor
{
    private readonly SimulatorOptions _options;
    private readonly ChatEngine _engine;
    private readonly RequestLog _log;
    private readonly FaultInjector _faults;
    private readonly FileStore _files;
    private readonly SimClock _clock;
    private readonly ConcurrentDictionary<string, BatchJob> _batches = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentBag<Task> _running = [];
    private int _created;

    public BatchProcessor(SimulatorOptions options, ChatEngine engine, RequestLog log, FaultInjector faults, FileStore files, SimClock clock)
    {
        _options = options;
        _engine = engine;
        _log = log;
        _faults = faults;
        _files = files;
        _clock = clock;
    }

    public BatchJob? Get(string id) => _batches.TryGetValue(id, out var job) ? job : null;

    /// <summary>Newest first, as the Batch API lists them.</summary>
    public IReadOnlyList<BatchJob> List() => _batches.Values.OrderByDescending(b => b.Ordinal).ToArray();

    public BatchJob Create(string inputFileId, string endpoint, string completionWindow, JsonObject? metadata)
    {
        var job = new BatchJob
        {
            Id = "batch_" + Guid.NewGuid().ToString("N"),
            InputFileId = inputFileId,
            Endpoint = endpoint,
            CompletionWindow = completionWindow,
            Metadata = metadata,
            CreatedAt = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            Ordinal = Interlocked.Increment(ref _created),
        };
        _batches[job.Id] = job;
        _running.Add(Task.Run(() => RunAsync(job)));
        return job;
    }

    public BatchJob? Cancel(string id)
    {
        if (Get(id) is not { } job)
        {
            return null;
        }

        lock (job.Sync)
        {
            if (job.Status is "validating" or "in_progress" or "finalizing")
            {
                job.Status = "cancelling";
                job.CancellingAt = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
                job.Cancellation.Cancel();
            }
        }

        return job;
    }

    public async Task StopAsync()
    {
        await _stopping.CancelAsync();
        try
        {
            await Task.WhenAll(_running);
        }
        catch (OperationCanceledException)
        {
            // Stopping mid-batch is expected at shutdown.
        }
    }

    private async Task RunAsync(BatchJob job)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(job.Cancellation.Token, _stopping.Token);
        var token = linked.Token;
        var output = new StringBuilder();
        var errors = new StringBuilder();
        try
        {
            await Task.Delay(_options.Real(_options.BatchStartDelay), token);
            var input = _files.Get(job.InputFileId);
            var lines = input is null ? [] : Encoding.UTF8.GetString(input.Content).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (input is null || lines.Length == 0)
            {
                lock (job.Sync)
                {
                    job.Status = "failed";
                    job.FailedAt = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
                    job.ValidationError = input is null ? $"Input file {job.InputFileId} not found." : "The input file is empty.";
                }

                return;
            }

            lock (job.Sync)
            {
                job.Status = "in_progress";
                job.InProgressAt = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
                job.Total = lines.Length;
            }

            var expireAfter = _options.ExpireBatches.Contains(job.Ordinal) ? lines.Length / 2 : int.MaxValue;
            for (var i = 0; i < lines.Length; i++)
            {
                token.ThrowIfCancellationRequested();
                if (i >= expireAfter)
                {
                    Expire(job, lines.AsSpan(i), output, errors);
                    return;
                }

                var ok = ProcessLine(lines[i], output, errors);
                lock (job.Sync)
                {
                    if (ok)
                    {
                        job.Completed++;
                    }
                    else
                    {
                        job.Failed++;
                    }
                }

                await Task.Delay(_options.Real(_options.BatchLineDuration), token);
            }

            lock (job.Sync)
            {
                job.Status = "finalizing";
                job.FinalizingAt = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            }

            Finish(job, output, errors, "completed");
        }
        catch (OperationCanceledException) when (job.Cancellation.IsCancellationRequested)
        {
            Finish(job, output, errors, "cancelled");
        }
        catch (OperationCanceledException)
        {
            // Server shutting down.
        }
    }

    private void Expire(BatchJob job, ReadOnlySpan<string> unprocessed, StringBuilder output, StringBuilder errors)
    {
        foreach (var line in unprocessed)
        {
            AppendError(errors, CustomId(line), 400, "batch_expired", "This request could not be executed before the completion window expired.");
        }

        Finish(job, output, errors, "expired");
    }

    private static string CustomId(string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            return document.RootElement.TryGetProperty("custom_id", out var c) ? c.GetString() ?? "" : "";
        }
        catch (JsonException)
        {
            return "";
        }
    }

    private bool FailsOnce(string customId, int attempt)
    {
        if (attempt != 1 || _options.BatchLineFailureRate <= 0)
        {
            return false;
        }

        // A stable hash (string.GetHashCode is randomised per process) so reruns fail the same lines.
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(_options.Seed.ToString(CultureInfo.InvariantCulture) + "\u0002" + customId));
        return new SplitMix64(BitConverter.ToUInt64(bytes, 0)).NextDouble() < _options.BatchLineFailureRate;
    }

    private void Finish(BatchJob job, StringBuilder output, StringBuilder errors, string status)
    {
        var outputFile = output.Length > 0 ? _files.Add(job.Id + "_output.jsonl", "batch_output", Encoding.UTF8.GetBytes(output.ToString())) : null;
        var errorFile = errors.Length > 0 ? _files.Add(job.Id + "_error.jsonl", "batch_output", Encoding.UTF8.GetBytes(errors.ToString())) : null;
        lock (job.Sync)
        {
            job.OutputFileId = outputFile?.Id;
            job.ErrorFileId = errorFile?.Id;
            job.Status = status;
            var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            if (status == "cancelled")
            {
                job.CancelledAt = now;
            }
            else if (status == "expired")
            {
                job.ExpiredAt = now;
            }
            else
            {
                job.CompletedAt = now;
            }
        }
    }

    private bool ProcessLine(string line, StringBuilder output, StringBuilder errors)
    {
        string customId = "";
        var received = _clock.Now;
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            customId = root.TryGetProperty("custom_id", out var c) ? c.GetString() ?? "" : "";
            if (customId.Length == 0 || !root.TryGetProperty("body", out var body))
            {
                AppendError(errors, customId, 400, "invalid_request", "Each line needs custom_id and body.");
                return false;
            }

            var request = ChatRequest.Parse(body, null, out var error);
            if (request is null)
            {
                AppendError(errors, customId, 400, "invalid_request", error ?? "invalid body");
                return false;
            }

            var attempt = _log.NextAttempt(customId);
            var prompt = _engine.Tokens.CountPrompt(request.Messages, request.SchemaRaw);
            var hash = ChatEngine.Mix(_engine.ContentHash(request), attempt);
            var fault = FailsOnce(customId, attempt) ? SimulatorFault.ServerError : _faults.Decide(request.AllText(), attempt, hash);
            var entry = new RequestLogEntry
            {
                Route = "batch",
                Deployment = request.Deployment,
                ItemKey = customId,
                Attempt = attempt,
                ReceivedAt = received,
                Outcome = "ok",
                PromptTokens = prompt,
                QuotaTokens = _engine.QuotaCost(request, prompt),
                Admitted = true,
                Messages = _options.RecordMessages ? request.Messages : [],
            };
            if (fault is SimulatorFault.ServerError or SimulatorFault.ServiceUnavailable or SimulatorFault.Timeout or SimulatorFault.RateLimit or SimulatorFault.ContentFilter)
            {
                var (status, code) = fault switch
                {
                    SimulatorFault.ContentFilter => (400, "content_filter"),
                    SimulatorFault.Timeout => (408, "timeout"),
                    SimulatorFault.RateLimit => (429, "rate_limit_exceeded"),
                    _ => (500, "server_error"),
                };
                AppendError(errors, customId, status, code, "The request failed in the simulated batch.");
                _log.Add(entry with { Status = status, Outcome = code, CompletedAt = _clock.Now });
                return false;
            }

            var reply = _engine.Complete(request, prompt, fault);
            var result = new JsonObject
            {
                ["id"] = "batch_req_" + Guid.NewGuid().ToString("N"),
                ["custom_id"] = customId,
                ["response"] = new JsonObject { ["status_code"] = 200, ["request_id"] = Guid.NewGuid().ToString(), ["body"] = reply.Body },
                ["error"] = null,
            };
            output.Append(result.ToJsonString()).Append('\n');
            _log.Add(entry with
            {
                Status = 200,
                Outcome = reply.Outcome,
                CachedTokens = reply.CachedTokens,
                CompletionTokens = reply.CompletionTokens,
                Billed = true,
                CompletedAt = _clock.Now,
            });
            return true;
        }
        catch (JsonException ex)
        {
            AppendError(errors, customId, 400, "invalid_json", "The line is not valid JSON: " + ex.Message);
            return false;
        }
    }

    private static void AppendError(StringBuilder errors, string customId, int status, string code, string message)
    {
        var line = new JsonObject
        {
            ["id"] = "batch_req_" + Guid.NewGuid().ToString("N"),
            ["custom_id"] = customId,
            ["response"] = new JsonObject { ["status_code"] = status, ["request_id"] = Guid.NewGuid().ToString(), ["body"] = ChatEngine.Error(code, message) },
            ["error"] = new JsonObject { ["code"] = code, ["message"] = message },
        };
        errors.Append(line.ToJsonString()).Append('\n');
    }
}
