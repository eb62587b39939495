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
    private readonly Tokenizer? _tokenizer;

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

    public int CountPrompt(IEnumerable<PromptMessage> messages, string? jsonSchema)
    {
        var total = PerRequestOverhead;
        foreach (var message in messages)
        {
            total += PerMessageOverhead + Count(message.Content);
        }

        return total + (jsonSchema is null ? 0 : Count(jsonSchema));
    }
}
