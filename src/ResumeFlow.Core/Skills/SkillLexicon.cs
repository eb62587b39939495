using System.Collections.Frozen;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ResumeFlow.Core.Skills;

/// <summary>
/// Normalises skill names through a lexicon of canonical skills and synonyms
/// (k8s → Kubernetes, JS → JavaScript, C Sharp → C#). The data is the project's own
/// <c>Skills/skills.json</c>, embedded in the assembly.
/// </summary>
public sealed partial class SkillLexicon
{
    private static readonly Lazy<SkillLexicon> DefaultLexicon = new(LoadEmbedded);

    private readonly FrozenDictionary<string, SkillInfo> _byName;
    private readonly FrozenDictionary<string, string> _caseInsensitiveAliases;
    private readonly FrozenDictionary<string, string> _caseSensitiveAliases;
    private readonly int _maxAliasWords;

    // First words of every name (case-insensitive), so FindMentions skips most positions without building phrases.
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _firstWordLookup;

    private SkillLexicon(IReadOnlyList<SkillInfo> skills)
    {
        Skills = skills;
        _byName = skills.ToFrozenDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);
        var insensitive = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var sensitive = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var skill in skills)
        {
            foreach (var alias in skill.Aliases.Prepend(skill.Name))
            {
                var key = NormalizeSpacing(alias);
                // Short names ("Go", "R", "C") are also ordinary words or letters: match them only as written.
                if (key.Length <= 2 || IsCommonWord(key))
                {
                    sensitive.TryAdd(key, skill.Name);
                }
                else
                {
                    insensitive.TryAdd(key, skill.Name);
                }

                _maxAliasWords = Math.Max(_maxAliasWords, key.Count(c => c == ' ') + 1);
            }
        }

        _firstWordLookup = insensitive.Keys.Concat(sensitive.Keys)
            .Select(k => FirstWord(k))
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        _caseInsensitiveAliases = insensitive.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _caseSensitiveAliases = sensitive.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The lexicon shipped with the product.</summary>
    public static SkillLexicon Default => DefaultLexicon.Value;

    public IReadOnlyList<SkillInfo> Skills { get; }

    public int Count => Skills.Count;

    /// <summary>Loads a lexicon from JSON: <c>[{"name":…, "category":…, "aliases":[…], "related":[…]}]</c>.</summary>
    public static SkillLexicon Load(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var entries = JsonSerializer.Deserialize(json, SkillLexiconJsonContext.Default.ListSkillEntry)
            ?? throw new InvalidDataException("The skills lexicon is empty.");
        return new SkillLexicon(entries.Select(e => new SkillInfo(e.Name, e.Category, e.Aliases ?? [], e.Related ?? [], e.Generic)).ToList());
    }

    public SkillInfo? Get(string name) => _byName.GetValueOrDefault(name);

    /// <summary>Whether the skill names a whole field ("Software Development") rather than something a CV can show.</summary>
    public bool IsGeneric(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Get(name)?.Generic ?? false;
    }

    /// <summary>The close equivalents of a canonical skill (its lexicon relations), in the lexicon's order; empty when none.</summary>
    public IReadOnlyList<string> EquivalentsOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Get(name)?.Related ?? [];
    }

    /// <summary>The canonical name for a skill as written, or null when the lexicon does not know it.</summary>
    public string? Normalize(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        var key = NormalizeSpacing(term.Trim().TrimEnd('.', ',', ';', ':'));
        var found = _caseSensitiveAliases.GetValueOrDefault(key) ?? _caseInsensitiveAliases.GetValueOrDefault(key);

        // "Databases", "Firewalls", "APIs": a plural of a known name of four letters or more is the same skill.
        if (found is null && key.Length > 4 && key[^1] is 's' && key[^2] is not 's')
        {
            found = _caseInsensitiveAliases.GetValueOrDefault(key[..^1]);
        }

        return found;
    }

    /// <summary>Every skill named in the text, longest match first at each position, in text order.</summary>
    public IReadOnlyList<SkillMention> FindMentions(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<(int Index, int Length)>();
        foreach (var match in TokenPattern().EnumerateMatches(text))
        {
            tokens.Add((match.Index, match.Length));
        }

        var mentions = new List<SkillMention>();
        for (var i = 0; i < tokens.Count; i++)
        {
            // Looked up as spans: most tokens are no skill's first word, and a string per token is most of the cost.
            var token = text.AsSpan(tokens[i].Index, tokens[i].Length);
            if (!_firstWordLookup.Contains(token) && !_firstWordLookup.Contains(token.TrimEnd('s')))
            {
                continue;
            }

            for (var words = Math.Min(_maxAliasWords, tokens.Count - i); words >= 1; words--)
            {
                var first = tokens[i];
                var last = tokens[i + words - 1];
                if (words > 1 && !OnlySpacingBetween(text, tokens, i, words))
                {
                    continue;
                }

                var written = text[first.Index..(last.Index + last.Length)];
                var canonical = Normalize(written);
                if (canonical is not null)
                {
                    mentions.Add(new SkillMention(canonical, written, first.Index));
                    i += words - 1;
                    break;
                }
            }
        }

        return mentions;
    }

    /// <summary>The distinct canonical skills named in the text.</summary>
    public IReadOnlySet<string> FindSkills(string text)
        => FindMentions(text).Select(m => m.Skill).ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static string FirstWord(string key)
    {
        var first = TokenPattern().Match(key);
        return first.Success ? first.Value : key;
    }

    private static bool OnlySpacingBetween(string text, List<(int Index, int Length)> tokens, int start, int words)
    {
        for (var k = start; k < start + words - 1; k++)
        {
            var gapStart = tokens[k].Index + tokens[k].Length;
            var gap = text.AsSpan(gapStart, tokens[k + 1].Index - gapStart);
            if (gap.Length == 0 || gap.ContainsAnyExcept(' ', '\t', '-'))
            {
                return false;
            }
        }

        return true;
    }

    // "problem-solving" and "problem solving" are the same name.
    private static string NormalizeSpacing(string s) => WhitespacePattern().Replace(s, " ");

    private static bool IsCommonWord(string key) => key is "Go" or "Rust" or "Swift" or "Spring" or "Express" or "Chef" or "Puppet" or "Ember" or "Dart" or "Julia" or "Excel" or "Word" or "Make" or "Ant" or "Pig" or "Hive" or "Flask" or "Less" or "Sass"
        or "Unity" or "Sketch" or "Spark" or "Airflow" or "Workday" or "Windows" or "Exchange" or "Blender" or "Cucumber" or "Lean" or "Helm"
        or "Electron" or "Sage" or "Slack" or "Asana" or "Canvas" or "Mac" or "Access" or "Lambda" or "Oracle" or "Outlook" or "Qlik";

    private static SkillLexicon LoadEmbedded()
    {
        using var stream = typeof(SkillLexicon).Assembly.GetManifestResourceStream("ResumeFlow.Core.Skills.skills.json")
            ?? throw new InvalidOperationException("The embedded skills lexicon is missing from ResumeFlow.Core.");
        return Load(stream);
    }

    // A token keeps the punctuation skill names use inside them: C++, C#, .NET, Node.js, CI/CD, ASP.NET.
    [GeneratedRegex(@"\.?[\p{L}\p{N}][\p{L}\p{N}+#]*(?:[./&][\p{L}\p{N}+#]+)*[+#]*")]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"(?:\s|(?<=\p{L})-(?=\p{L}))+")]
    private static partial Regex WhitespacePattern();
}
