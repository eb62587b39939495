using System.Text;

namespace ResumeFlow.Core.Documents;

/// <summary>Collects text left out because a reader cannot see it, by reason, for the hidden_text flag.</summary>
internal sealed class HiddenTextReport
{
    private const int MaxSample = 160;

    private readonly Dictionary<string, StringBuilder> _byReason = new(StringComparer.Ordinal);

    public int Count { get; private set; }

    public void Add(string reason, string text)
    {
        if (!_byReason.TryGetValue(reason, out var sample))
        {
            sample = new StringBuilder();
            _byReason[reason] = sample;
        }

        Count += text.Length;
        if (sample.Length < MaxSample)
        {
            sample.Append(text);
        }
    }

    /// <summary>Adds a whole run of text (a word, a paragraph), separated from the previous one.</summary>
    public void AddRun(string reason, string text)
    {
        if (_byReason.TryGetValue(reason, out var sample) && sample.Length is > 0 and < MaxSample)
        {
            sample.Append(' ');
        }

        Add(reason, text);
    }

    public string Describe()
    {
        var parts = _byReason.Select(kv => $"{Label(kv.Key)}: \"{Sample(kv.Value)}\"");
        return $"{Count} hidden characters left out of the text; {string.Join("; ", parts)}";
    }

    private static string Sample(StringBuilder sample)
    {
        var text = string.Join(' ', sample.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length > MaxSample ? text[..MaxSample] + "…" : text;
    }

    private static string Label(string reason) => reason switch
    {
        "white" => "white or near-white text",
        "tiny" => "text under 2 pt",
        "off_page" => "text outside the page",
        "invisible" => "invisible text (rendering mode 3)",
        "vanish" => "text hidden by formatting",
        _ => reason,
    };
}
