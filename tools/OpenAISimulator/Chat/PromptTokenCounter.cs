using Microsoft.ML.Tokenizers;
using OpenAISimulator.Logging;

namespace OpenAISimulator.Chat;

/// <summary>Counts prompt tokens the way chat providers bill them: o200k_base tokens per message plus fixed overheads, plus the response schema.</summary>
internal sealed class PromptTokenCounter
{
    private readonly Tokenizer _tokenizer = TiktokenTokenizer.CreateForModel("gpt-4o");

    public int Count(string text) => _tokenizer.CountTokens(text);

    public int CountPrompt(IReadOnlyList<SimulatedMessage> messages, string? schema) =>
        3 + messages.Sum(m => 4 + Count(m.Content)) + (schema is null ? 0 : Count(schema));

    public int CountPrefix(IReadOnlyList<SimulatedMessage> messages) =>
        messages.Count <= 1 ? 0 : 3 + messages.Take(messages.Count - 1).Sum(m => 4 + Count(m.Content));
}
