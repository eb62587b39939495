using System.Net.Security;
using Azure.Identity;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Logging;

namespace ResumeFlow.Storage.Documents.Cosmos;

/// <summary>
/// Builds the Cosmos client the way both Azure and the local emulator need it: Gateway mode
/// (HTTPS only, what the emulator speaks), pinned to the configured endpoint, and the emulator's
/// self-signed certificate accepted only when that endpoint is a loopback address.
/// </summary>
internal static class CosmosClientFactory
{
    public static CosmosClient Create(Uri endpoint, string? key, ILogger logger)
    {
        var options = new CosmosClientOptions
        {
            ApplicationName = "ResumeFlow",
            ConnectionMode = ConnectionMode.Gateway,

            // The account metadata of an emulator advertises other addresses; stay on the one configured.
            LimitToEndpoint = true,
            UseSystemTextJsonSerializerWithOptions = DocumentJson.SerializerOptions,
        };

        if (endpoint.IsLoopback)
        {
            Log.CosmosLoopbackCertificateAccepted(logger, endpoint);
            options.HttpClientFactory = () => new HttpClient(new HttpClientHandler
            {
                ServerCertificateCustomValidationCallback = (request, _, _, errors) =>
                    errors == SslPolicyErrors.None || request.RequestUri is { IsLoopback: true },
            });
        }

        return string.IsNullOrEmpty(key)
            ? new CosmosClient(endpoint.ToString(), new DefaultAzureCredential(), options)
            : new CosmosClient(endpoint.ToString(), key, options);
    }
}
