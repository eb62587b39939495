using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ResumeFlow.Core.Profiles;

/// <summary>
/// Finds dates and date ranges as CVs write them, in English, German, French and Spanish:
/// "Jan 2019", "Sept. 2018", "01/2019", "2019-01", "03.2020", "Summer 2017", "2019 – Present",
/// "März 2020 – heute", "since 2019", "Jan – Mar 2020", ranges split over lines.
/// </summary>
public static partial class DateRangeParser
{
    private static readonly FrozenDictionary<string, int> MonthWords = BuildMonths();

    private static readonly TimedPattern DatePattern = new(DateExpression());

    private static readonly TimedPattern RangePattern = new(
        $@"(?:(?:from|between|von|vom|zwischen|de|du|desde|del|dal|entre)\s+)?(?<start>{DateExpression()})\s*(?:{Separator})\s*:?\s*(?:(?<end>{DateExpression()})|(?<open>{OpenEnd}))(?![\p{{L}}\d])");

    private static readonly TimedPattern SharedYearRangePattern = new(
        $@"(?<![\p{{L}}\d])(?<smonth>{MonthAlternation()})\.?\s*(?:{Separator})\s*(?<end>(?:{MonthAlternation()})\.?,?\s*{Year})");

    private static readonly TimedPattern SincePattern = new(
        $@"(?<![\p{{L}}])(?:since|seit|depuis|desde)\s+(?<start>{DateExpression()})(?!\s*(?:{Separator})\s*(?:{DateExpression()}|{OpenEnd}))");

    private const string Year = @"(?:19[5-9]\d|20[0-4]\d|'\d\d)(?!\d)";

    // Dashes of every kind, words for "to" ("between 2013 and 2016"), and line breaks between the two ends.
    private const string Separator = @"[-–—‐‑‒~]+|\bup\s+to\b|\bto\b|\band\b|\bund\b|\buntil\b|\btill\b|\bthrough\b|\bthru\b|\bbis\b|\bau\b|\bà\b|\ba\b|\bal\b|\bhasta\b|\bjusqu'?à\b";

    private const string OpenEnd = @"present|presently|current(?:ly)?|now|today|date|to\s+date|till\s+date|ongoing|heute|aktuell|jetzt|dato|laufend|actuel(?:le)?|aujourd['’\s]?hui|présent|en\s+cours|maintenant|actualidad|actual(?:mente)?|presente|hoy|la\s+fecha";

    /// <summary>Every date range in <paramref name="text"/>, in text order.</summary>
    public static IReadOnlyList<DateRange> FindRanges(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            return FindRangesCore(text);
        }
        catch (RegexMatchTimeoutException)
        {
            // A pathological text must not fail ingestion: it simply yields no dates.
            return [];
        }
    }

    private static List<DateRange> FindRangesCore(string text)
    {
        var ranges = new List<DateRange>();
        if (!HasDigit(text))
        {
            // Every date expression has a year in digits; most CV lines have none, and the patterns are costly.
            return ranges;
        }

        var taken = new List<(int Start, int End)>();
        foreach (Match match in RangePattern.Matches(text))
        {
            if (!TryParseDate(match.Groups["start"].Value, out var start, out var startYearOnly))
            {
                continue;
            }

            YearMonth? end = null;
            var endYearOnly = false;
            if (match.Groups["end"].Success)
            {
                if (!TryParseDate(match.Groups["end"].Value, out var parsedEnd, out endYearOnly))
                {
                    continue;
                }

                if (endYearOnly)
                {
                    parsedEnd = parsedEnd.Year == start.Year ? new YearMonth(parsedEnd.Year, 12) : new YearMonth(parsedEnd.Year, 1);
                }

                if (parsedEnd < start)
                {
                    continue;
                }

                end = parsedEnd;
            }

            Add(match, start, end, startYearOnly, endYearOnly);
        }

        foreach (Match match in SharedYearRangePattern.Matches(text))
        {
            if (Overlaps(match.Index, match.Length) || !TryParseDate(match.Groups["end"].Value, out var end, out _)
                || !MonthWords.TryGetValue(match.Groups["smonth"].Value.ToLowerInvariant(), out var month))
            {
                continue;
            }

            var start = new YearMonth(end.Year, month);
            if (start <= end)
            {
                Add(match, start, end, false, false);
            }
        }

        foreach (Match match in SincePattern.Matches(text))
        {
            if (!Overlaps(match.Index, match.Length) && TryParseDate(match.Groups["start"].Value, out var start, out var yearOnly))
            {
                Add(match, start, null, yearOnly, false);
            }
        }

        ranges.Sort((a, b) => a.Index.CompareTo(b.Index));
        return ranges;

        bool Overlaps(int index, int length) => taken.Any(t => index < t.End && t.Start < index + length);

        void Add(Match match, YearMonth start, YearMonth? end, bool startYearOnly, bool endYearOnly)
        {
            if (Overlaps(match.Index, match.Length))
            {
                return;
            }

            taken.Add((match.Index, match.Index + match.Length));
            var written = WhitespacePattern().Replace(match.Value.Trim(), " ");
            ranges.Add(new DateRange(start, end, end is null, written, match.Index, match.Length, startYearOnly, endYearOnly));
        }
    }

    /// <summary>Every single date in the text (a range gives two), with whether only the year was written.</summary>
    public static IReadOnlyList<(YearMonth Date, bool YearOnly, int Index)> FindDates(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var dates = new List<(YearMonth, bool, int)>();
        if (!HasDigit(text))
        {
            return dates;
        }

        try
        {
            foreach (Match match in DatePattern.Matches(text))
            {
                if (TryParseDate(match.Value, out var date, out var yearOnly))
                {
                    dates.Add((date, yearOnly, match.Index));
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // As in FindRanges: no dates rather than a failed ingestion.
        }

        return dates;
    }

    /// <summary>Whether the word names a month or season in one of the languages the parser reads ("Jan", "März", "sept.").</summary>
    public static bool IsMonthWord(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return MonthWords.ContainsKey(word.TrimEnd('.'));
    }

    /// <summary>
    /// Standardises a date as written to "YYYY-MM" ("Jan. 2019" → "2019-01", "03/2020" → "2020-03", "2019" →
    /// "2019-01"); an open end ("present", "heute", "actuel") gives "present". Null when it is not a date.
    /// </summary>
    public static string? Standardize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (OpenEndPattern().IsMatch(text.Trim()))
        {
            return "present";
        }

        return TryParseDate(text, out var value, out _) ? value.ToString() : null;
    }

    /// <summary>Parses one date ("Jan 2019", "01/2019", "2019-01", "Summer 2017", "2019").</summary>
    public static bool TryParseDate(string text, out YearMonth value, out bool yearOnly)
    {
        ArgumentNullException.ThrowIfNull(text);
        value = default;
        yearOnly = false;
        var trimmed = text.Trim().TrimEnd(',', '.');
        var match = SingleDatePattern().Match(trimmed);
        if (!match.Success)
        {
            return false;
        }

        var year = ParseYear(match.Groups["year"].Value);
        if (year is null)
        {
            return false;
        }

        int month;
        if (match.Groups["word"].Success)
        {
            if (!MonthWords.TryGetValue(match.Groups["word"].Value.ToLowerInvariant().TrimEnd('.'), out month))
            {
                return false;
            }
        }
        else if (match.Groups["month"].Success)
        {
            month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
        }
        else
        {
            month = 1;
            yearOnly = true;
        }

        if (month is < 1 or > 12)
        {
            return false;
        }

        value = new YearMonth(year.Value, month);
        return true;
    }

    private static int? ParseYear(string text)
    {
        if (text.StartsWith('\'') || text.StartsWith('’'))
        {
            var two = int.Parse(text.AsSpan(1), CultureInfo.InvariantCulture);
            return two <= 49 ? 2000 + two : 1900 + two;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1950 and <= 2049 ? year : null;
    }

    private static bool HasDigit(string text) => text.AsSpan().ContainsAnyInRange('0', '9');

    private static string DateExpression()
        => $@"(?<![\p{{L}}\d/.])(?:(?:{MonthAlternation()})\.?,?\s*(?:de\s+|of\s+)?{Year}|\d{{1,2}}\.(?:0?[1-9]|1[0-2])\.(?:19|20)\d\d(?!\d)|(?:0?[1-9]|1[0-2])\s?[/.\-]\s?(?:19|20)\d\d(?!\d)|(?:19|20)\d\d[/.\-](?:0[1-9]|1[0-2])(?![\d/.\-]\d)|(?:19[5-9]\d|20[0-4]\d)(?!\d))";

    private static string MonthAlternation()
        => string.Join('|', MonthWords.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));

    [GeneratedRegex(@"^(?:(?<word>\p{L}+\.?),?\s*(?:de\s+|of\s+)?(?<year>(?:19|20)\d\d|'\d\d)|\d{1,2}\.(?<month>\d{1,2})\.(?<year>(?:19|20)\d\d)|(?<month>\d{1,2})\s?[/.\-]\s?(?<year>(?:19|20)\d\d)|(?<year>(?:19|20)\d\d)[/.\-](?<month>\d{2})|(?<year>(?:19|20)\d\d))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SingleDatePattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespacePattern();

    [GeneratedRegex("^(?:" + OpenEnd + ")$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OpenEndPattern();

    private static FrozenDictionary<string, int> BuildMonths()
    {
        var months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        void Add(int month, params string[] words)
        {
            foreach (var word in words)
            {
                months.TryAdd(word, month);
                var plain = RemoveAccents(word);
                months.TryAdd(plain, month);
            }
        }

        Add(1, "january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene");
        Add(2, "february", "feb", "febr", "februar", "février", "févr", "fév", "febrero");
        Add(3, "march", "mar", "märz", "maerz", "mrz", "mars", "marzo");
        Add(4, "april", "apr", "avril", "avr", "abril", "abr");
        Add(5, "may", "mai", "mayo");
        Add(6, "june", "jun", "juni", "juin", "junio");
        Add(7, "july", "jul", "juli", "juillet", "juil", "julio");
        Add(8, "august", "aug", "août", "aout", "agosto", "ago");
        Add(9, "september", "sep", "sept", "septembre", "septiembre", "setiembre");
        Add(10, "october", "oct", "oktober", "okt", "octobre", "octubre");
        Add(11, "november", "nov", "novembre", "noviembre");
        Add(12, "december", "dec", "dezember", "dez", "décembre", "déc", "diciembre", "dic");

        // Seasons: the month a season starts in (winter as its January).
        Add(3, "spring", "frühling", "frühjahr", "printemps", "primavera");
        Add(6, "summer", "sommer", "été", "verano");
        Add(9, "fall", "autumn", "herbst", "automne", "otoño");
        Add(1, "winter", "hiver", "invierno");
        return months.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static string RemoveAccents(string word)
    {
        var decomposed = word.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// A runtime-built pattern (the month words make it too long for a generated one), compiled, in two instances:
    /// with a match timeout for long texts, where a pathological input could backtrack for long, and without one for
    /// short texts such as a CV line, where it cannot, and where checking the clock costs a fifth of the matching.
    /// </summary>
    private sealed class TimedPattern(string pattern)
    {
        private const int ShortText = 300;
        private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

        private readonly Regex _short = new(pattern, Options);

        // Compiling costs startup time, and long texts are rare (a whole CV read at once): only when first needed.
        private readonly Lazy<Regex> _long = new(() => new Regex(pattern, Options, TimeSpan.FromSeconds(5)));

        public MatchCollection Matches(string text) => (text.Length <= ShortText ? _short : _long.Value).Matches(text);
    }
}
