namespace ResumeFlow.Core.Scoring;

/// <summary>
/// Okapi BM25 over a fixed corpus of documents (stemmed terms, English stop words removed). Build it once,
/// then score any number of queries against every document.
/// </summary>
public sealed class Bm25Index
{
    private readonly Dictionary<string, List<(int Document, int Frequency)>> _postings;
    private readonly int[] _lengths;
    private readonly double _averageLength;
    private readonly double _k1;
    private readonly double _b;

    private Bm25Index(Dictionary<string, List<(int, int)>> postings, int[] lengths, double k1, double b)
    {
        _postings = postings;
        _lengths = lengths;
        _averageLength = lengths.Length == 0 ? 1 : Math.Max(1, lengths.Average());
        _k1 = k1;
        _b = b;
    }

    /// <summary>Number of documents in the corpus.</summary>
    public int Count => _lengths.Length;

    /// <summary>Indexes the documents; a document's position in the sequence is its index in the scores.</summary>
    public static Bm25Index Build(IEnumerable<string> documents, double k1 = 1.2, double b = 0.75)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentOutOfRangeException.ThrowIfNegative(k1);
        ArgumentOutOfRangeException.ThrowIfNegative(b);
        var postings = new Dictionary<string, List<(int, int)>>(StringComparer.Ordinal);
        var lengths = new List<int>();
        foreach (var document in documents)
        {
            var terms = TextTerms.Terms(document ?? string.Empty);
            var index = lengths.Count;
            lengths.Add(terms.Count);
            foreach (var group in terms.GroupBy(t => t, StringComparer.Ordinal))
            {
                if (!postings.TryGetValue(group.Key, out var list))
                {
                    postings[group.Key] = list = [];
                }

                list.Add((index, group.Count()));
            }
        }

        return new Bm25Index(postings, [.. lengths], k1, b);
    }

    /// <summary>Inverse document frequency of a term as written (it is stemmed first); 0 for an unknown term.</summary>
    public double InverseDocumentFrequency(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        return Idf(TextTerms.Stem(term));
    }

    /// <summary>BM25 score of the query against every document, indexed like the corpus.</summary>
    public double[] ScoreAll(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var scores = new double[_lengths.Length];
        foreach (var term in TextTerms.Terms(query).Distinct(StringComparer.Ordinal))
        {
            if (!_postings.TryGetValue(term, out var list))
            {
                continue;
            }

            var idf = Idf(term);
            foreach (var (document, frequency) in list)
            {
                var norm = _k1 * (1 - _b + (_b * _lengths[document] / _averageLength));
                scores[document] += idf * frequency * (_k1 + 1) / (frequency + norm);
            }
        }

        return scores;
    }

    /// <summary>BM25 score of the query against one document.</summary>
    public double Score(string query, int document)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(document);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(document, Count);
        return ScoreAll(query)[document];
    }

    internal double Idf(string stem)
    {
        if (!_postings.TryGetValue(stem, out var list))
        {
            return 0;
        }

        var n = _lengths.Length;
        return Math.Log(1 + ((n - list.Count + 0.5) / (list.Count + 0.5)));
    }
}
