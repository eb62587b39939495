using System.ClientModel;
using System.ClientModel.Primitives;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using OpenAI.Batch;
using OpenAI.Files;

namespace ResumeFlow.Llm.Batches;

/// <summary>
/// <see cref="IBatchApiClient"/> over the OpenAI / Azure OpenAI SDK. In OpenAI 2.1.0 the batch client is
/// protocol-level (JSON in, JSON out) and experimental (OPENAI001): this class is the only place that
/// touches it, turning it into typed requests and <see cref="BatchInfo"/>s.
/// </summary>
#pragma warning disable OPENAI001 // Experimental batch client: wrapped here, nowhere else.
public sealed class BatchApiClient : IBatchApiClient
{
    /// <summary>Metadata key carrying the deterministic job id.</summary>
    public const string JobIdKey = "resumeflow_job";

    // The GA version with the Batch API; the SDK's own calls use its default.
    private const string AzureApiVersion = "2024-10-21";

    private readonly BatchClientFactory _factory;
    private readonly BatchOptions _options;

    internal BatchApiClient(BatchClientFactory factory, IOptions<BatchOptions> options)
    {
        _factory = factory;
        _options = options.Value;
    }

    private BatchClient Batches => _factory.Client.GetBatchClient();

    private OpenAIFileClient Files => _factory.Client.GetOpenAIFileClient();

    private string Endpoint => _factory.Provider == LlmProvider.AzureOpenAI ? "/chat/completions" : "/v1/chat/completions";

    /// <summary>The file name of a part: the lookup key of an upload.</summary>
    public static string FileName(string jobId, int part) => string.Create(CultureInfo.InvariantCulture, $"{jobId}.part{part:D3}.jsonl");

    public async Task<string> UploadFileAsync(string jobId, BatchFilePart part, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(jobId);
        ArgumentNullException.ThrowIfNull(part);
        var name = FileName(jobId, part.Index);
        var existing = await Files.GetFilesAsync(FilePurpose.Batch, cancellationToken).ConfigureAwait(false);
        if (existing.Value.FirstOrDefault(f => f.Filename == name && f.SizeInBytes == part.Content.Length) is { } found)
        {
            return found.Id;
        }

        using var stream = new MemoryStream(part.Content.ToArray(), writable: false);
        var uploaded = await Files.UploadFileAsync(stream, name, FileUploadPurpose.Batch, cancellationToken).ConfigureAwait(false);
        return uploaded.Value.Id;
    }

    public async Task<BatchInfo> CreateBatchAsync(BatchCreateRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await FindBatchAsync(request.JobId, request.InputFileId, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            return existing;
        }

        var metadata = new JsonObject { [JobIdKey] = request.JobId };
        foreach (var (key, value) in request.Metadata ?? new Dictionary<string, string>())
        {
            metadata[key] = value;
        }

        var body = new JsonObject
        {
            ["input_file_id"] = request.InputFileId,
            ["endpoint"] = Endpoint,
            ["completion_window"] = _options.CompletionWindow,
            ["metadata"] = metadata,
        };
        using var content = BinaryContent.Create(BinaryData.FromString(body.ToJsonString()));
        var operation = await Batches.CreateBatchAsync(content, waitUntilCompleted: false, Options(cancellationToken)).ConfigureAwait(false);
        return Read(operation.GetRawResponse().Content);
    }

    public async Task<BatchInfo?> FindBatchAsync(string jobId, string inputFileId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(jobId);
        ArgumentException.ThrowIfNullOrEmpty(inputFileId);
        await foreach (var batch in EnumerateBatchesAsync(cancellationToken).ConfigureAwait(false))
        {
            if (batch.JobId == jobId && batch.InputFileId == inputFileId)
            {
                return batch;
            }
        }

        return null;
    }

    public async Task<IReadOnlyList<BatchInfo>> ListBatchesAsync(CancellationToken cancellationToken = default)
    {
        var batches = new List<BatchInfo>();
        await foreach (var batch in EnumerateBatchesAsync(cancellationToken).ConfigureAwait(false))
        {
            batches.Add(batch);
        }

        return batches;
    }

    public bool IsConfigured => _factory.Endpoint is not null;

    public async Task<IReadOnlyList<ProviderFile>> ListFilesAsync(CancellationToken cancellationToken = default)
    {
        var files = await Files.GetFilesAsync(cancellationToken).ConfigureAwait(false);
        return [.. files.Value.Select(f => new ProviderFile(f.Id, f.Filename, f.Purpose.ToString()))];
    }

    public async Task<string> DownloadTextAsync(string fileId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(fileId);
        var data = await Files.DownloadFileAsync(fileId, cancellationToken).ConfigureAwait(false);
        return Encoding.UTF8.GetString(data.Value.ToMemory().Span);
    }

    public async Task<bool> DeleteFileAsync(string fileId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(fileId);
        try
        {
            var deleted = await Files.DeleteFileAsync(fileId, cancellationToken).ConfigureAwait(false);
            return deleted.Value.Deleted;
        }
        catch (ClientResultException e) when (e.Status == 404)
        {
            // Already gone (deleted by an earlier attempt, or by the provider's own retention): nothing is held.
            return false;
        }
    }

    public async Task<BatchInfo> GetBatchAsync(string batchId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(batchId);
        return Read(await SendAsync("GET", $"batches/{Uri.EscapeDataString(batchId)}", cancellationToken).ConfigureAwait(false));
    }

    public async Task<BatchInfo> CancelBatchAsync(string batchId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(batchId);
        return Read(await SendAsync("POST", $"batches/{Uri.EscapeDataString(batchId)}/cancel", cancellationToken).ConfigureAwait(false));
    }

    public async Task<IReadOnlyList<BatchOutputLine>> DownloadResultsAsync(string fileId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(fileId);
        var data = await Files.DownloadFileAsync(fileId, cancellationToken).ConfigureAwait(false);
        return BatchOutputParser.Parse(Encoding.UTF8.GetString(data.Value.ToMemory().Span));
    }

    // 2.1.0 exposes get and cancel only on a CreateBatchOperation of this process; after a restart we have just
    // the id, so send the documented requests through the SDK client's own pipeline (auth, retries).
    private async Task<BinaryData> SendAsync(string method, string path, CancellationToken cancellationToken)
    {
        var endpoint = _factory.Endpoint ?? throw new InvalidOperationException($"{LlmErrorCodes.NotConfigured}: the Batch API needs Llm:Endpoint.");
        var root = endpoint.AbsoluteUri.TrimEnd('/');
        var pipeline = Batches.Pipeline;
        using var message = pipeline.CreateMessage();
        message.Request.Method = method;
        message.Request.Uri = _factory.Provider == LlmProvider.AzureOpenAI
            ? new Uri($"{root}/openai/{path}?api-version={AzureApiVersion}")
            : new Uri($"{root}/{path}");
        message.Apply(Options(cancellationToken));
        await pipeline.SendAsync(message).ConfigureAwait(false);
        var response = message.Response!;
        if (response.IsError)
        {
            throw new ClientResultException(response);
        }

        return response.Content;
    }

    // The newest batches first, at most MaxLookupPages pages of 100.
    private async IAsyncEnumerable<BatchInfo> EnumerateBatchesAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var pages = 0;
        await foreach (var page in Batches.GetBatchesAsync(after: null, limit: 100, Options(cancellationToken)).GetRawPagesAsync().ConfigureAwait(false))
        {
            using var document = JsonDocument.Parse(page.GetRawResponse().Content.ToMemory());
            foreach (var item in document.RootElement.GetProperty("data").EnumerateArray())
            {
                yield return Read(item);
            }

            if (++pages >= _options.MaxLookupPages)
            {
                break;
            }
        }
    }

    private static RequestOptions Options(CancellationToken cancellationToken) => new() { CancellationToken = cancellationToken };

    private static BatchInfo Read(BinaryData json)
    {
        using var document = JsonDocument.Parse(json.ToMemory());
        return Read(document.RootElement);
    }

    private static BatchInfo Read(JsonElement batch)
    {
        if (batch.ValueKind != JsonValueKind.Object || !batch.TryGetProperty("id", out var id) || !batch.TryGetProperty("status", out var status))
        {
            throw new InvalidOperationException($"{BatchErrorCodes.UnexpectedResponse}: the provider did not return a batch object.");
        }

        string? Text(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        int Count(string name) => batch.TryGetProperty("request_counts", out var c) && c.ValueKind == JsonValueKind.Object
            && c.TryGetProperty(name, out var n) && n.ValueKind == JsonValueKind.Number ? n.GetInt32() : 0;
        var jobId = batch.TryGetProperty("metadata", out var metadata) && metadata.ValueKind == JsonValueKind.Object ? Text(metadata, JobIdKey) : null;
        return new BatchInfo(id.GetString()!, status.GetString()!, Text(batch, "input_file_id") ?? "", Text(batch, "output_file_id"), Text(batch, "error_file_id"), Count("total"), Count("completed"), Count("failed"), jobId);
    }
}
#pragma warning restore OPENAI001
