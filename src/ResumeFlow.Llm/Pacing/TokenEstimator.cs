using System.Collections.Concurrent;
using Microsoft.ML.Tokenizers;
using ResumeFlow.Llm.Prompts;

namespace ResumeFlow.Llm.Pacing;

/// <summary>
/// Prompt token counts as chat providers bill them: o200k_base (gpt-4o family) tokens of every message plus
/// a fixed per-message overhead, plus the response-format schema. Falls back to a calibrated
/// characters-per-token estimate if the vocabulary cannot be loaded.
/// </summary>
internal sealed class TokenEstimator
{
    private const int PerMessageOverhead = 4;
    private const int PerRequestOverhead = 3;
    private const int MemoLimit = 4096;
    private readonly Tokenizer? _tokenizer;

    // Instructions and shared context repeat across every item of a run: count them once.
    private readonly ConcurrentDictionary<string, int> _memo = new(StringComparer.Ordinal);

    public TokenEstimator()
    {
        try
        {
            _tokenizer = TiktokenTokenizer.CreateForModel("gpt-4o");
        }
        catch (Exception ex) when (ex is NotSupportedException or InvalidOperationException or IOException)
        {
            _tokenizer = null;
        }
    }

    public int Count(string text) => _tokenizer?.CountTokens(text) ?? (int)Math.Ceiling(text.Length / 3.6);

    private int CountRepeated(string text)
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

    public int CountPrompt(IEnumerable<PromptMessage> messages, string? jsonSchema)
    {
        var total = PerRequestOverhead;
        foreach (var message in messages)
        {
            total += PerMessageOverhead + (message.Role == PromptRole.System ? CountRepeated(message.Content) : Count(message.Content));
        }

        return total + (jsonSchema is null ? 0 : CountRepeated(jsonSchema));
    }
}
