using System.ClientModel;
using Azure.AI.OpenAI;
using Azure.Identity;
using Microsoft.Extensions.Options;
using OpenAI;

namespace ResumeFlow.Llm.Batches;

/// <summary>
/// The SDK client of the batch path, over the chat path's endpoint and key. Unlike chat, the SDK's own
/// retries stay on (uploads and status checks are idempotent or looked up first) and the network timeout
/// allows a 200 MB upload.
/// </summary>
internal sealed class BatchClientFactory
{
    private readonly Lazy<OpenAIClient> _client;

    public BatchClientFactory(IOptions<LlmOptions> options)
    {
        var llm = options.Value;
        Provider = llm.Provider;
        Endpoint = llm.Endpoint is null ? null : new Uri(llm.Endpoint);
        _client = new Lazy<OpenAIClient>(() => Create(llm));
    }

    public LlmProvider Provider { get; }

    public Uri? Endpoint { get; }

    public OpenAIClient Client => _client.Value;

    private static OpenAIClient Create(LlmOptions llm)
    {
        if (!llm.IsConfigured)
        {
            throw new InvalidOperationException($"{LlmErrorCodes.NotConfigured}: the Batch API needs Llm:Endpoint.");
        }

        var timeout = TimeSpan.FromMinutes(10);
        if (llm.Provider == LlmProvider.AzureOpenAI)
        {
            var azure = new AzureOpenAIClientOptions { NetworkTimeout = timeout };
            return string.IsNullOrEmpty(llm.ApiKey)
                ? new AzureOpenAIClient(new Uri(llm.Endpoint!), new DefaultAzureCredential(), azure)
                : new AzureOpenAIClient(new Uri(llm.Endpoint!), new ApiKeyCredential(llm.ApiKey), azure);
        }

        // Local OpenAI-compatible servers often need no key, but the SDK requires a credential.
        var openAI = new OpenAIClientOptions { Endpoint = new Uri(llm.Endpoint!), NetworkTimeout = timeout };
        return new OpenAIClient(new ApiKeyCredential(string.IsNullOrEmpty(llm.ApiKey) ? "no-key" : llm.ApiKey), openAI);
    }
}
