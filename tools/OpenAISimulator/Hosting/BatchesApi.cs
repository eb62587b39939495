using System.Text.Json;
using System.Text.Json.Nodes;
using OpenAISimulator.Batches;
using OpenAISimulator.Chat;

namespace OpenAISimulator.Hosting;

/// <summary>Batch API: create, get, list, cancel.</summary>
internal static class BatchesApi
{
    public static void Map(WebApplication app, string prefix, BatchProcessor batches)
    {
        app.MapPost(prefix + "/batches", async (HttpRequest request) =>
        {
            JsonNode? body;
            try
            {
                body = await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
            }
            catch (JsonException ex)
            {
                return FilesApi.Json(400, ChatEngine.Error("invalid_json", ex.Message));
            }

            var input = body?["input_file_id"]?.GetValue<string>();
            if (string.IsNullOrEmpty(input))
            {
                return FilesApi.Json(400, ChatEngine.Error("invalid_request", "'input_file_id' is required."));
            }

            var job = batches.Create(
                input,
                body!["endpoint"]?.GetValue<string>() ?? "/chat/completions",
                body["completion_window"]?.GetValue<string>() ?? "24h",
                body["metadata"] as JsonObject is { } m ? (JsonObject)m.DeepClone() : null);
            return FilesApi.Json(200, job.ToJson());
        });
        app.MapGet(prefix + "/batches", (string? after, int? limit) =>
        {
            // Pages newest first, as the provider does: clients that look a batch up by metadata must follow has_more.
            var all = batches.List();
            var start = after is null ? 0 : all.Select((b, i) => (b, i)).FirstOrDefault(p => p.b.Id == after, (null!, all.Count - 1)).Item2 + 1;
            var page = all.Skip(start).Take(Math.Clamp(limit ?? 20, 1, 100)).ToArray();
            return FilesApi.Json(200, new JsonObject
            {
                ["object"] = "list",
                ["data"] = new JsonArray(page.Select(b => (JsonNode)b.ToJson()).ToArray()),
                ["first_id"] = page.FirstOrDefault()?.Id,
                ["last_id"] = page.LastOrDefault()?.Id,
                ["has_more"] = start + page.Length < all.Count,
            });
        });
        app.MapGet(prefix + "/batches/{id}", (string id) => batches.Get(id) is { } b ? FilesApi.Json(200, b.ToJson()) : NotFound(id));
        app.MapPost(prefix + "/batches/{id}/cancel", (string id) => batches.Cancel(id) is { } b ? FilesApi.Json(200, b.ToJson()) : NotFound(id));
    }

    private static IResult NotFound(string id) => FilesApi.Json(404, ChatEngine.Error("not_found", $"Batch '{id}' not found."));
}
