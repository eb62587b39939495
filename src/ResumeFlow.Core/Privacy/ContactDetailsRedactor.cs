using System.Text.RegularExpressions;

namespace ResumeFlow.Core.Privacy;

/// <summary>
/// Pattern-based redaction of who a CV's author is and how to reach them (name, e-mail, phone, address, links). Names are taken from the document's header line (or a
/// "Name:" line) and then removed everywhere, which catches the candidate's own name without an NER model;
/// other people's names (referees) are not detected.
/// </summary>
public static partial class ContactDetailsRedactor
{
    public const string NameToken = "[NAME]";
    public const string EmailToken = "[EMAIL]";
    public const string PhoneToken = "[PHONE]";
    public const string AddressToken = "[ADDRESS]";
    public const string LinkToken = "[LINK]";

    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "resume", "résumé", "curriculum", "vitae", "cv", "profile", "summary", "contact", "experience", "education", "skills",
        "senior", "junior", "lead", "engineer", "developer", "manager", "software", "data", "analyst", "designer", "consultant",
    };

    public static string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var names = FindNames(text);
        var result = EmailPattern().Replace(text, EmailToken);
        result = LinkPattern().Replace(result, LinkToken);
        result = BareProfilePattern().Replace(result, LinkToken);
        result = AddressLinePattern().Replace(result, m => m.Groups["label"].Value + AddressToken);
        result = StreetPattern().Replace(result, AddressToken);
        result = EuropeanStreetPattern().Replace(result, AddressToken);
        result = PhonePattern().Replace(result, m => LooksLikePhone(m.Value) ? PhoneToken : m.Value);
        foreach (var name in names.OrderByDescending(n => n.Length))
        {
            result = Regex.Replace(result, @"(?<![\p{L}\p{N}])" + Regex.Escape(name) + @"(?![\p{L}\p{N}])", NameToken, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }

        return result;
    }

    private static List<string> FindNames(string text)
    {
        var candidates = new List<string>();
        var labelled = NameLinePattern().Match(text);
        if (labelled.Success)
        {
            candidates.Add(labelled.Groups["name"].Value.Trim());
        }

        var firstLine = text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.TrimStart('#', ' ', '*').TrimEnd('*', ' '))
            .FirstOrDefault(l => l.Length > 0);
        if (firstLine is not null)
        {
            // "Jane Doe — Senior Engineer" or "Jane Doe | jane@x.com": the name is the part before the separator.
            var head = SeparatorPattern().Split(firstLine)[0].Trim();
            if (HeaderNamePattern().IsMatch(head) && !head.Split(' ').Any(NotNames.Contains))
            {
                candidates.Add(head);
            }
        }

        var names = new List<string>();
        foreach (var full in candidates.Distinct(StringComparer.Ordinal))
        {
            names.Add(full);
            names.AddRange(full.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(p => p.Length >= 3 && !NotNames.Contains(p)));
        }

        return names.Distinct(StringComparer.Ordinal).ToList();
    }

    private static bool LooksLikePhone(string value)
    {
        var digits = value.Count(char.IsAsciiDigit);
        return digits is >= 8 and <= 15 && !IsoDatePattern().IsMatch(value) && !YearRangePattern().IsMatch(value);
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"\b(?:https?://|www\.)[^\s<>()\[\]]+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"\b(?:[a-z]{2,3}\.)?(?:linkedin|github|gitlab|bitbucket|twitter|x|stackoverflow|medium|behance|dribbble|xing)\.(?:com|io|org|net)/[^\s<>()\[\]]*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BareProfilePattern();

    [GeneratedRegex(@"(?<label>\b(?:Address|Home address|Adresse|Anschrift)\s*:\s*)[^\n]+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AddressLinePattern();

    [GeneratedRegex(@"\b\d{1,5}[A-Za-z]?\s+(?:[A-Z][A-Za-z'.\-]*\s+){1,4}(?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Boulevard|Blvd|Drive|Dr|Court|Ct|Way|Place|Pl|Square|Sq|Terrace|Parkway|Pkwy|Highway|Hwy|Close|Crescent)\b\.?(?:,?\s*(?:Apt|Apartment|Suite|Unit|Flat)\.?\s*#?\w+)?", RegexOptions.CultureInvariant)]
    private static partial Regex StreetPattern();

    [GeneratedRegex(@"\b[A-ZÄÖÜ][\p{L}\-]*(?:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|ufer)\s+\d+\s?[a-z]?\b", RegexOptions.CultureInvariant)]
    private static partial Regex EuropeanStreetPattern();

    [GeneratedRegex(@"(?<![\w+])(?:\+\d{1,3}[\s.\-]?)?(?:\(\d{1,4}\)[\s.\-]?)?\d{2,4}(?:[\s.\-]?\d{2,4}){1,4}(?!\w)", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^\d{4}-\d{2}(?:-\d{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDatePattern();

    [GeneratedRegex(@"^(?:19|20)\d{2}\s?[\-.]\s?(?:19|20)\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex YearRangePattern();

    [GeneratedRegex(@"^\s*(?:Full\s+)?Name\s*:\s*(?<name>[\p{Lu}][\p{L}'\-]+(?:\s+[\p{Lu}][\p{L}'\-]+){1,3})\s*$", RegexOptions.CultureInvariant | RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex NameLinePattern();

    [GeneratedRegex(@"^[\p{Lu}][\p{L}'\-]+(?:\s+[\p{Lu}][\p{L}'\-\.]*){1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex HeaderNamePattern();

    [GeneratedRegex(@"\s[\-–—|•·,]\s|\s\|\s?|\t", RegexOptions.CultureInvariant)]
    private static partial Regex SeparatorPattern();
}
