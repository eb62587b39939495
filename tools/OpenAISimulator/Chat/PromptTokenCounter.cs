using System.Collections.Concurrent;
using Microsoft.ML.Tokenizers;
using OpenAISimulator.Logging;

namespace OpenAISimulator.Chat;

/// <summary>Counts prompt tokens the way chat providers bill them: o200k_base tokens per message plus fixed overheads, plus the response schema.</summary>
internal sealed class PromptTokenCounter
{
    private const int MemoLimit = 8192;
    private readonly Tokenizer _tokenizer = TiktokenTokenizer.CreateForModel("gpt-4o");

    // Fixed prompt parts repeat across requests; counting each once keeps the simulator cheap under load.
    private readonly ConcurrentDictionary<string, int> _memo = new(StringComparer.Ordinal);

    public int Count(string text) => _tokenizer.CountTokens(text);

    public int CountPrompt(IReadOnlyList<SimulatedMessage> messages, string? schema) =>
        3 + messages.Sum(m => 4 + Memo(m.Content)) + (schema is null ? 0 : Memo(schema));

    public int CountPrefix(IReadOnlyList<SimulatedMessage> messages) =>
        messages.Count <= 1 ? 0 : 3 + messages.Take(messages.Count - 1).Sum(m => 4 + Memo(m.Content));

    private int Memo(string text)
    {
        if (_memo.TryGetValue(text, out var count))
        {
            return count;
        }

        if (_memo.Count >= MemoLimit)
        {
            _memo.Clear();
        }

        return _memo[text] = Count(text);
    }
}
