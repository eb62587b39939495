using System.Text.Json.Nodes;

namespace OpenAISimulator.Batches;

internal sealed record StoredFile(string Id, string FileName, string Purpose, byte[] Content, long CreatedAt)
{
    public JsonObject ToJson() => new()
    {
        ["id"] = Id,
        ["object"] = "file",
        ["bytes"] = Content.Length,
        ["created_at"] = CreatedAt,
        ["filename"] = FileName,
        ["purpose"] = Purpose,
        ["status"] = "processed",
        ["status_details"] = null,
    };
}
