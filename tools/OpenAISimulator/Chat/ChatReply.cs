using System.Text.Json.Nodes;

namespace OpenAISimulator.Chat;

/// <summary>A generated completion before latency is applied.</summary>
internal sealed record ChatReply(JsonObject Body, string Outcome, int PromptTokens, int CachedTokens, int CompletionTokens);
