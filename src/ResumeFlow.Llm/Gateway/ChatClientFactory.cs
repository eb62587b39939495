using System.ClientModel;
using System.ClientModel.Primitives;
using System.Collections.Concurrent;
using Azure.AI.OpenAI;
using Azure.Identity;
using Microsoft.Extensions.Options;
using OpenAI;
using OpenAI.Chat;

namespace ResumeFlow.Llm.Gateway;

/// <summary>
/// One SDK ChatClient per deployment: AzureOpenAIClient for Azure endpoints (API key or Entra ID),
/// OpenAIClient with a custom base URL otherwise. The SDKs' own retries are off: the gateway's pacer and
/// retry policy decide when to send.
/// </summary>
internal sealed class ChatClientFactory
{
    private readonly LlmOptions _options;
    private readonly ConcurrentDictionary<string, ChatClient> _clients = new(StringComparer.Ordinal);
    private readonly Lazy<AzureOpenAIClient> _azure;
    private readonly Lazy<OpenAIClient> _openAI;

    public ChatClientFactory(IOptions<LlmOptions> options)
    {
        _options = options.Value;
        _azure = new Lazy<AzureOpenAIClient>(CreateAzure);
        _openAI = new Lazy<OpenAIClient>(CreateOpenAI);
    }

    /// <summary>Azure routes by deployment name; OpenAI-compatible endpoints take the deployment's model name.</summary>
    public ChatClient Get(string deployment) => _clients.GetOrAdd(deployment, d => _options.Provider == LlmProvider.AzureOpenAI
        ? _azure.Value.GetChatClient(d)
        : _openAI.Value.GetChatClient(_options.Deployments.GetValueOrDefault(d)?.Model ?? d));

    private AzureOpenAIClient CreateAzure()
    {
        var options = Configure(new AzureOpenAIClientOptions());
        var endpoint = new Uri(_options.Endpoint!);
        return string.IsNullOrEmpty(_options.ApiKey)
            ? new AzureOpenAIClient(endpoint, new DefaultAzureCredential(), options)
            : new AzureOpenAIClient(endpoint, new ApiKeyCredential(_options.ApiKey), options);
    }

    private OpenAIClient CreateOpenAI()
    {
        var options = Configure(new OpenAIClientOptions { Endpoint = new Uri(_options.Endpoint!) });

        // Local OpenAI-compatible servers often need no key, but the SDK requires a credential.
        return new OpenAIClient(new ApiKeyCredential(string.IsNullOrEmpty(_options.ApiKey) ? "no-key" : _options.ApiKey), options);
    }

    private T Configure<T>(T options)
        where T : ClientPipelineOptions
    {
        options.RetryPolicy = new ClientRetryPolicy(maxRetries: 0);

        // The gateway cancels an attempt at RequestTimeout; the SDK's network timeout is only a backstop.
        options.NetworkTimeout = _options.RequestTimeout + TimeSpan.FromSeconds(5);
        options.AddPolicy(new ItemHeaderPolicy(), PipelinePosition.PerCall);
        return options;
    }
}
