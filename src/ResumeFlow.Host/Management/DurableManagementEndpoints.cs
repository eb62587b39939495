using Microsoft.AspNetCore.Mvc;
using System.Text.Json;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using ResumeFlow.Durable.Client;
using ResumeFlow.Host.ErrorHandling;
using ResumeFlow.Host.Security;

namespace ResumeFlow.Host.Management;

/// <summary>
/// Durable Functions' built-in HTTP API under <c>/runtime/webhooks/durabletask</c>, with its routes,
/// payloads and status codes, so a client written for Durable works against the local host.
/// Every route needs the API key (reads too); errors are <c>{"error":{"code","message"}}</c> with a stable code.
/// </summary>
public static class DurableManagementEndpoints
{
    /// <summary>Seconds a client should wait before polling a running instance again.</summary>
    public const int RetryAfterSeconds = 5;

    public static IServiceCollection AddDurableManagementApi(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddHostSecurity();
        return services;
    }

    public static IEndpointRouteBuilder MapDurableManagementApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var api = endpoints.MapGroup(HttpManagementPayload.RoutePrefix).RequireApiKey();
        api.MapGet("/instances", ListAsync);
        api.MapGet("/instances/{instanceId}", GetStatusAsync);
        api.MapPost("/instances/{instanceId}/raiseEvent/{eventName}", RaiseEventAsync);
        api.MapPost("/instances/{instanceId}/terminate", TerminateAsync);
        api.MapPost("/instances/{instanceId}/suspend", SuspendAsync);
        api.MapPost("/instances/{instanceId}/resume", ResumeAsync);
        api.MapDelete("/instances/{instanceId}", PurgeAsync);
        api.MapPost("/orchestrators/{functionName}/{instanceId?}", StartAsync);
        return endpoints;
    }

    private static async Task<IResult> GetStatusAsync(
        string instanceId,
        HttpRequest request,
        DurableTaskClient client,
        [FromServices] IOrchestrationHistoryReader? historyReader,
        CancellationToken cancellationToken,
        bool showHistory = false,
        bool showHistoryOutput = false,
        bool showInput = true,
        bool returnInternalServerErrorOnFailure = false)
    {
        var metadata = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, cancellationToken).ConfigureAwait(false);
        if (metadata is null)
        {
            return Error(StatusCodes.Status404NotFound, "instance_not_found", $"No instance '{instanceId}'.");
        }

        if (showHistory && historyReader is null)
        {
            // Only the embedded engine keeps history in our event model; the Azure Storage provider's is read with its own tools.
            return Error(StatusCodes.Status501NotImplemented, "history_unavailable", "showHistory is not available on this Durable backend.");
        }

        var history = showHistory ? await historyReader!.GetHistoryAsync(instanceId, cancellationToken).ConfigureAwait(false) : null;
        var payload = OrchestrationStatusPayload.Create(metadata, showInput, history, showHistoryOutput);
        // As Durable Functions answers: 202 until the instance ends; a shared task hub shows Pending before a worker picks it up.
        if (metadata.RuntimeStatus is OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Pending)
        {
            var location = $"{PublicBaseUrl.Of(request.HttpContext)}{request.PathBase}{request.Path}{request.QueryString}";
            return new AcceptedWithPayloadResult(location, payload, RetryAfterSeconds);
        }

        var status = metadata.RuntimeStatus == OrchestrationRuntimeStatus.Failed && returnInternalServerErrorOnFailure
            ? StatusCodes.Status500InternalServerError
            : StatusCodes.Status200OK;
        return Results.Json(payload, ManagementJson.Options, statusCode: status);
    }

    private static async Task<IResult> ListAsync(
        HttpRequest request,
        HttpResponse response,
        DurableTaskClient client,
        CancellationToken cancellationToken,
        string? runtimeStatus = null,
        DateTimeOffset? createdTimeFrom = null,
        DateTimeOffset? createdTimeTo = null,
        string? instanceIdPrefix = null,
        bool showInput = false,
        int? top = null)
    {
        List<OrchestrationRuntimeStatus>? statuses = null;
        if (!string.IsNullOrWhiteSpace(runtimeStatus))
        {
            statuses = [];
            foreach (var part in runtimeStatus.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!Enum.TryParse<OrchestrationRuntimeStatus>(part, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
                {
                    return Error(StatusCodes.Status400BadRequest, "invalid_runtime_status", $"'{part}' is not a runtime status (Pending, Running, Completed, Failed, Terminated, Suspended, ContinuedAsNew, Canceled).");
                }

                statuses.Add(parsed);
            }
        }

        if (top is < 1 or > 1000)
        {
            return Error(StatusCodes.Status400BadRequest, "invalid_top", "top must be between 1 and 1000.");
        }

        Page<OrchestrationMetadata>? page;
        try
        {
            var query = new OrchestrationQuery
            {
                Statuses = statuses,
                CreatedFrom = createdTimeFrom,
                CreatedTo = createdTimeTo,
                InstanceIdPrefix = instanceIdPrefix,
                FetchInputsAndOutputs = true,
                PageSize = top ?? 100,
            };
            var pages = client.GetAllInstancesAsync(query).AsPages(request.Headers[ContinuationHeader].FirstOrDefault(), query.PageSize);
            page = await FirstPageAsync(pages, cancellationToken).ConfigureAwait(false);
        }
        catch (ArgumentException ex) when (ex.Message.StartsWith("invalid_continuation_token", StringComparison.Ordinal))
        {
            return Error(StatusCodes.Status400BadRequest, "invalid_continuation_token", "The x-ms-continuation-token header is not one this API issued.");
        }

        if (page?.ContinuationToken is { } next)
        {
            response.Headers[ContinuationHeader] = next;
        }

        return Results.Json((page?.Values ?? []).Select(i => OrchestrationStatusPayload.Create(i, showInput, null, false)).ToList(), ManagementJson.Options);
    }

    private static async Task<IResult> RaiseEventAsync(string instanceId, string eventName, HttpRequest request, DurableTaskClient client, CancellationToken cancellationToken)
    {
        var (payload, error) = await ReadJsonBodyAsync(request, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        return await WhenRunningAsync(instanceId, client, () => client.RaiseEventAsync(instanceId, eventName, payload, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    private static Task<IResult> TerminateAsync(string instanceId, DurableTaskClient client, CancellationToken cancellationToken, string? reason = null)
        => WhenRunningAsync(instanceId, client, () => client.TerminateInstanceAsync(instanceId, new TerminateInstanceOptions { Output = reason }, cancellationToken), cancellationToken);

    private static Task<IResult> SuspendAsync(string instanceId, DurableTaskClient client, CancellationToken cancellationToken, string? reason = null)
        => WhenRunningAsync(instanceId, client, () => client.SuspendInstanceAsync(instanceId, reason, cancellationToken), cancellationToken);

    private static Task<IResult> ResumeAsync(string instanceId, DurableTaskClient client, CancellationToken cancellationToken, string? reason = null)
        => WhenRunningAsync(instanceId, client, () => client.ResumeInstanceAsync(instanceId, reason, cancellationToken), cancellationToken);

    private static async Task<IResult> PurgeAsync(string instanceId, DurableTaskClient client, CancellationToken cancellationToken)
    {
        var metadata = await client.GetInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false);
        if (metadata is null)
        {
            return Error(StatusCodes.Status404NotFound, "instance_not_found", $"No instance '{instanceId}'.");
        }

        if (!metadata.IsCompleted || (await client.PurgeInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false)).PurgedInstanceCount == 0)
        {
            return Error(StatusCodes.Status409Conflict, "instance_not_finished", $"Instance '{instanceId}' is {metadata.RuntimeStatus}; only completed, failed or terminated instances can be purged.");
        }

        return Results.Json(new { instancesDeleted = 1 }, ManagementJson.Options);
    }

    private static async Task<IResult> StartAsync(
        string functionName,
        string? instanceId,
        HttpRequest request,
        DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        // As on Durable's own backends, an orchestrator name no worker knows starts an instance that
        // fails with "orchestrator not found": a front may run without the workers that hold the tasks.
        var (input, error) = await ReadJsonBodyAsync(request, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        if (instanceId is not null
            && await client.GetInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false) is { IsRunning: true })
        {
            return Error(StatusCodes.Status409Conflict, "instance_already_running", $"Instance '{instanceId}' is already running.");
        }

        var id = await client.ScheduleNewOrchestrationInstanceAsync(functionName, input, new StartOrchestrationOptions(instanceId), cancellationToken).ConfigureAwait(false);
        return DurableHttpResults.CheckStatus(request, id);
    }

    private static async Task<Page<OrchestrationMetadata>?> FirstPageAsync(IAsyncEnumerable<Page<OrchestrationMetadata>> pages, CancellationToken cancellationToken)
    {
        await foreach (var page in pages.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            return page;
        }

        return null;
    }

    private const string ContinuationHeader = "x-ms-continuation-token";

    // Durable answers 404 for an unknown instance and 410 Gone for one that has already finished.
    private static async Task<IResult> WhenRunningAsync(string instanceId, DurableTaskClient client, Func<Task> action, CancellationToken cancellationToken)
    {
        var metadata = await client.GetInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false);
        if (metadata is null)
        {
            return Error(StatusCodes.Status404NotFound, "instance_not_found", $"No instance '{instanceId}'.");
        }

        if (metadata.IsCompleted)
        {
            return Error(StatusCodes.Status410Gone, "instance_finished", $"Instance '{instanceId}' has already finished ({metadata.RuntimeStatus}).");
        }

        await action().ConfigureAwait(false);
        return Results.Accepted();
    }

    private static async Task<(JsonElement? Value, IResult? Error)> ReadJsonBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, null);
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return (document.RootElement.Clone(), null);
        }
        catch (JsonException ex)
        {
            return (null, Error(StatusCodes.Status400BadRequest, "invalid_json", "The request body is not valid JSON: " + ex.Message));
        }
    }

    private static IResult Error(int statusCode, string code, string message)
        => ErrorResults.Result(statusCode, code, message);
}
