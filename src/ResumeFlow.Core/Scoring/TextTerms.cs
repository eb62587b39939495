using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace ResumeFlow.Core.Scoring;

/// <summary>
/// Tokenising and light suffix stemming shared by BM25, job analysis and the scorer, so that "bakers",
/// "baking" and "baker" meet, and "C++", "C#" and ".NET" survive as terms.
/// </summary>
internal static partial class TextTerms
{
    private static readonly string[] EnglishStopWords =
    [
        "a", "about", "above", "across", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do", "does",
        "doing", "down", "during", "each", "either", "etc", "few", "for", "from", "further", "had", "has", "have", "having", "he",
        "her", "here", "hers", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "me", "more",
        "most", "my", "no", "nor", "not", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "out", "over", "own",
        "same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "them", "then", "there", "these", "they",
        "this", "those", "through", "to", "too", "under", "until", "up", "upon", "us", "very", "was", "we", "were", "what",
        "when", "where", "which", "while", "who", "whom", "why", "will", "with", "within", "without", "would", "you", "your",
        "yours", "via", "per", "must", "may", "might", "shall", "well", "using", "use", "used", "e.g", "i.e", "eg", "ie",
    ];

    // Words every requirement and every CV uses; they say nothing about whether a specific requirement is met.
    private static readonly string[] GenericWords =
    [
        "skill", "skills", "ability", "abilities", "able", "knowledge", "knowledgeable", "experience", "experienced", "strong",
        "excellent", "good", "great", "solid", "sound", "proven", "demonstrated", "proficiency", "proficient", "competent",
        "competency", "understanding", "understand", "familiarity", "familiar", "expertise", "expert", "working", "work",
        "worked", "year", "years", "yr", "yrs", "least", "minimum", "plus", "related", "relevant", "including", "include",
        "includes", "various", "variety", "high", "highly", "level", "levels", "advanced", "basic", "general", "etc", "new",
        "required", "requirement", "requirements", "preferred", "ideal", "candidate", "candidates", "role", "position", "job",
        "responsible", "responsibility", "responsibilities", "previous", "prior", "professional", "hands", "hand", "capable",
        "capability", "exceptional", "outstanding", "effective", "effectively", "efficient", "efficiently", "superior",
        "keen", "adept", "skilled", "mastery", "mastered", "grasp", "comprehensive", "considerable", "sufficient", "qualified",
        "certain", "key", "core", "essential", "must", "need", "needs", "needed", "ensure", "ensuring", "provide", "providing",
        "demonstrate", "demonstrating", "possess", "possesses", "have", "has", "being", "well", "one", "two", "three", "four",
        "five", "six", "seven", "eight", "nine", "ten", "month", "months", "time", "other", "others", "all", "any",
        "setting", "settings", "situation", "situations", "capacity", "similar", "equivalent", "preferably", "ideally",
    ];

    private static readonly (string Suffix, string Replacement)[] Suffixes =
    [
        ("izations", "iz"), ("ization", "iz"), ("ational", "at"), ("ations", "at"), ("ation", "at"), ("ements", ""),
        ("ement", ""), ("ments", ""), ("ment", ""), ("ness", ""), ("ities", ""), ("ity", ""), ("ings", ""), ("ing", ""),
        ("ers", ""), ("er", ""), ("ors", ""), ("or", ""), ("ed", ""), ("ly", ""), ("ize", "iz"), ("ise", "iz"), ("ical", "ic"),
        ("ial", ""), ("al", ""), ("ive", ""), ("ic", ""), ("y", ""),
    ];

    private const int MaxCachedStems = 100_000;

    private static readonly ConcurrentDictionary<string, string> StemCache = new(StringComparer.Ordinal);

    // Declared after the word lists and suffixes they are built from (static initialisers run in order).
    private static readonly FrozenSet<string> StopStems =
        EnglishStopWords.Select(Stem).Concat(EnglishStopWords).ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> GenericStems =
        GenericWords.Select(Stem).Concat(GenericWords).Concat(StopStems).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Stemmed, lower-cased terms of the text with English stop words removed (for BM25).</summary>
    public static List<string> Terms(string text) => Terms(Tokens(text));

    /// <summary>As <see cref="Terms(string)"/>, from the text's <see cref="Tokens"/> when the caller has them already.</summary>
    public static List<string> Terms(List<string> tokens)
    {
        var terms = new List<string>(tokens.Count);
        foreach (var token in tokens)
        {
            var stem = Stem(token);
            if (!StopStems.Contains(stem) && !IsNumber(stem))
            {
                terms.Add(stem);
            }
        }

        return terms;
    }

    /// <summary>Distinct stemmed terms that carry meaning in a requirement: stop words and generic words removed.</summary>
    public static List<string> ContentTerms(string text)
    {
        var terms = new List<string>();
        foreach (var token in Tokens(text))
        {
            var stem = Stem(token);
            if (!GenericStems.Contains(stem) && !IsNumber(stem) && !terms.Contains(stem))
            {
                terms.Add(stem);
            }
        }

        return terms;
    }

    public static bool IsGeneric(string stem) => GenericStems.Contains(stem);

    /// <summary>Lower-cased word tokens; "C++", "C#", "TCP/IP" and ".NET" kept whole.</summary>
    public static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        foreach (var m in TokenPattern().EnumerateMatches(text))
        {
            var token = string.Create(m.Length, (text, m.Index), static (span, at) => at.text.AsSpan(at.Index, span.Length).ToLowerInvariant(span));
            if (token.Contains('/', StringComparison.Ordinal) && !KeepSlashed(token))
            {
                tokens.AddRange(token.Split('/', StringSplitOptions.RemoveEmptyEntries));
            }
            else
            {
                tokens.Add(token);
            }
        }

        return tokens;
    }

    /// <summary>A light suffix stemmer: plural, -ing, -ed, -er, -ation, -ment, -ness, -ity, -ly and a final e.</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);

        // CVs share a vocabulary of some thousand words, and a screening stems every word of every CV: remember them.
        if (StemCache.TryGetValue(word, out var known))
        {
            return known;
        }

        if (StemCache.Count >= MaxCachedStems)
        {
            StemCache.Clear();
        }

        return StemCache[word] = StemCore(word);
    }

    private static string StemCore(string word)
    {
        var w = word.ToLowerInvariant();
        if (w.Length <= 3 || !w.All(char.IsLetter))
        {
            return w;
        }

        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4)
        {
            w = w[..^3] + "y";
        }
        else if (w.EndsWith("sses", StringComparison.Ordinal))
        {
            w = w[..^2];
        }
        else if (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal)
            && !w.EndsWith("is", StringComparison.Ordinal))
        {
            w = w[..^1];
        }

        // Two passes, so "engineering" → "engineer" → "engine" meets "engineer" → "engine".
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var (suffix, replacement) in Suffixes)
            {
                if (w.EndsWith(suffix, StringComparison.Ordinal) && w.Length - suffix.Length >= 3)
                {
                    w = w[..^suffix.Length] + replacement;
                    break;
                }
            }
        }

        if (w.Length > 3 && w.EndsWith('e'))
        {
            w = w[..^1];
        }

        if (w.Length > 3 && w[^1] == w[^2] && w[^1] is not ('l' or 's' or 'z') && !IsVowel(w[^1]))
        {
            w = w[..^1];
        }

        return w;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static bool IsNumber(string s) => s.Length > 0 && s.All(char.IsDigit);

    private static bool KeepSlashed(string token) => token is "tcp/ip" or "ci/cd" or "i/o" or "a/b" or "pl/sql" or "ui/ux" or "ux/ui";

    [GeneratedRegex(@"\.?[\p{L}\p{N}][\p{L}\p{N}]*(?:[+#]+|(?:[./'&][\p{L}\p{N}]+)*)")]
    private static partial Regex TokenPattern();
}
