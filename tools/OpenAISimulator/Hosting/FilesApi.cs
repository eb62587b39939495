using System.Text.Json.Nodes;
using OpenAISimulator.Batches;
using OpenAISimulator.Chat;

namespace OpenAISimulator.Hosting;

/// <summary>Files API: upload (multipart), list, get, content, delete.</summary>
internal static class FilesApi
{
    public static void Map(WebApplication app, string prefix, FileStore files)
    {
        app.MapPost(prefix + "/files", async (HttpRequest request) =>
        {
            if (!request.HasFormContentType)
            {
                return Json(400, ChatEngine.Error("invalid_request", "Upload a multipart form with 'file' and 'purpose'."));
            }

            var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
            var file = form.Files["file"];
            if (file is null)
            {
                return Json(400, ChatEngine.Error("invalid_request", "The 'file' field is required."));
            }

            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, request.HttpContext.RequestAborted);
            var stored = files.Add(file.FileName, form["purpose"].ToString() is { Length: > 0 } p ? p : "batch", buffer.ToArray());
            return Json(200, stored.ToJson());
        });
        app.MapGet(prefix + "/files", () => Json(200, new JsonObject
        {
            ["object"] = "list",
            ["data"] = new JsonArray(files.List().Select(f => (JsonNode)f.ToJson()).ToArray()),
        }));
        app.MapGet(prefix + "/files/{id}", (string id) => files.Get(id) is { } f ? Json(200, f.ToJson()) : NotFound(id));
        app.MapGet(prefix + "/files/{id}/content", (string id) => files.Get(id) is { } f ? Results.Bytes(f.Content, "application/octet-stream") : NotFound(id));
        app.MapDelete(prefix + "/files/{id}", (string id) => files.Delete(id)
            ? Json(200, new JsonObject { ["id"] = id, ["object"] = "file", ["deleted"] = true })
            : NotFound(id));
    }

    public static IResult Json(int status, JsonObject body) => Results.Text(body.ToJsonString(), "application/json", statusCode: status);

    private static IResult NotFound(string id) => Json(404, ChatEngine.Error("not_found", $"File '{id}' not found."));
}
