using System.Text.RegularExpressions;

namespace ResumeFlow.Core.Profiles;

/// <summary>Recognisers for the pieces of a job or school line: titles, employers, places, institutions, degrees.</summary>
internal static partial class EntryText
{
    public static bool IsBullet(string line) => line.Length > 0 && line[0] is '•' or '-' or '*' or '–' or '·' or '▪' or '■' or '►' or '●' or '○' or '◦' or '➢' or '✓' or '\uF0B7' or '\uF0A7';

    public static string StripBullet(string line)
    {
        var text = line.TrimStart();
        while (text.Length > 0 && (IsBullet(text) || char.IsWhiteSpace(text[0])))
        {
            text = text[1..];
        }

        return NumberedPattern().Replace(text, string.Empty).Trim();
    }

    public static bool IsHeaderLike(string line)
        => line.Length is > 0 and <= 100 && !IsBullet(line) && !line.EndsWith('.') && WordCount(line) <= 12;

    public static int WordCount(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    public static bool IsTitle(string piece) => TitlePattern().IsMatch(piece) || GermanTitlePattern().IsMatch(piece);

    /// <summary>Names an employer by a legal form or the placeholder "Company Name" (GmbH, Inc, Ltd…).</summary>
    public static bool IsCompany(string piece) => CompanyPattern().IsMatch(piece);

    /// <summary>Sounds like an employer (Bank, Hospital, Software, Solutions…), weaker than a legal form.</summary>
    public static bool MaybeCompany(string piece) => IndustryPattern().IsMatch(piece);

    public static bool IsLocation(string piece)
    {
        var trimmed = piece.Trim();
        return RemotePattern().IsMatch(trimmed)
            || (LocationPattern().IsMatch(trimmed) && !IsTitle(trimmed) && !IsCompany(trimmed) && !MaybeCompany(trimmed) && WordCount(trimmed) <= 5);
    }

    public static bool IsInstitution(string text) => InstitutionPattern().IsMatch(text);

    public static Match Degree(string text) => DegreePattern().Match(text);

    /// <summary>Splits a job line into pieces at separators ("|", " - ", " at ", "@", tabs, parentheses), then at commas unless the piece is a place.</summary>
    public static List<string> Pieces(string text)
    {
        var pieces = new List<string>();
        foreach (var part in SeparatorPattern().Split(text))
        {
            var piece = part.Trim().Trim(',', ';', ':', '(', ')', '-', '–', '—', '|').Trim();
            if (piece.Length < 2 || !piece.Any(char.IsLetter))
            {
                continue;
            }

            if (piece.Contains(',', StringComparison.Ordinal) && !IsLocation(piece))
            {
                var commaParts = piece.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                // "Acme Corp, Berlin, Germany": keep the place together.
                for (var i = 0; i < commaParts.Length; i++)
                {
                    var rest = string.Join(", ", commaParts[i..]);
                    if (i > 0 && IsLocation(rest))
                    {
                        pieces.Add(rest);
                        break;
                    }

                    if (commaParts[i].Any(char.IsLetter))
                    {
                        pieces.Add(commaParts[i]);
                    }
                }
            }
            else
            {
                pieces.Add(piece);
            }
        }

        return pieces;
    }

    [GeneratedRegex(@"^\d{1,2}[.)]\s+")]
    private static partial Regex NumberedPattern();

    [GeneratedRegex(@"\s*[|•·\t]\s*|\s+[-–—]\s+|\s+(?:at|bei|chez|en|@)\s+|\s*\(\s*|\s*\)\s*|\s{3,}")]
    private static partial Regex SeparatorPattern();

    [GeneratedRegex(@"\b(?:engineer|developer|programmer|architect|manager|director|analyst|consultant|specialist|coordinator|assistant|associate|administrator|admin|designer|officer|lead|head|chief|president|vice president|vp|cto|ceo|cfo|coo|founder|co-founder|owner|partner|intern|trainee|apprentice|accountant|auditor|bookkeeper|clerk|controller|cashier|teller|advisor|adviser|agent|representative|rep|executive|supervisor|foreman|technician|mechanic|operator|scientist|researcher|professor|lecturer|teacher|tutor|instructor|nurse|physician|doctor|therapist|pharmacist|chef|cook|waiter|server|bartender|driver|pilot|attorney|lawyer|paralegal|advocate|editor|writer|journalist|photographer|artist|recruiter|buyer|planner|scheduler|dispatcher|receptionist|secretary|student|volunteer|tester|qa|sdet|devops|sre|support|helpdesk|strategist|producer|marketer|salesperson|sales|principal|fellow|staff|member|entwickler|ingenieur|leiter|berater|mitarbeiter|sachbearbeiter|werkstudent|praktikant|geschäftsführer|ingénieur|développeur|chef de projet|responsable|stagiaire|directeur|conseiller|desarrollador|ingeniero|gerente|jefe|analista|consultor|becario|responsable)s?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TitlePattern();

    [GeneratedRegex(@"(?:\b(?:inc|llc|llp|ltd|limited|gmbh|ag|kg|se|corp|corporation|company|co|plc|sa|sas|sarl|s\.a|s\.l|s\.r\.l|bv|nv|pty|pvt)\b\.?|^company name$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CompanyPattern();

    [GeneratedRegex(@"\b(?:group|technologies|technology|solutions|systems|bank|hospital|clinic|agency|associates|partners|consulting|services|labs|studios?|foundation|holdings|enterprises|industries|international|global|software|media|networks|ventures|restaurant|hotel|stores?|airlines|insurance|pharma|motors|school district|county|department|ministry|university|college)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IndustryPattern();

    // German titles are compounds: Softwareentwickler, Projektleiterin, Vertriebsingenieur.
    [GeneratedRegex(@"\b\p{L}*(?:entwickler|ingenieur|leiter|berater|referent|kaufmann|kauffrau|techniker|architekt|administrator|assistent|sachbearbeiter)(?:in)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GermanTitlePattern();

    [GeneratedRegex(@"^[\p{Lu}][\p{L}.'\- ]*\s?,\s?(?:[A-Z]{2}|State|[\p{Lu}][\p{L}.'\- ]+)$")]
    private static partial Regex LocationPattern();

    [GeneratedRegex(@"^(?:remote|hybrid|home office|homeoffice|télétravail|remoto)$|^city\s?,\s?state$", RegexOptions.IgnoreCase)]
    private static partial Regex RemotePattern();

    [GeneratedRegex(@"\b(?:university|universit(?:y|ät|aet|at|é|e|ad|à)|college|institute|institut|school|academy|akademie|hochschule|fachhochschule|gymnasium|realschule|lycée|lycee|école|ecole|universidad|escuela|instituto|polytechnic|seminary|conservatory|TU|ETH|MIT)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InstitutionPattern();

    [GeneratedRegex(@"\b(?:(?:bachelor|master|doctor|associate)(?:'s|s)?(?:\s+of\s+(?:science|arts|engineering|business administration|fine arts|laws|education|technology|applied science|philosophy|commerce|music|nursing))?(?:\s+degree)?|ph\.?\s?d\.?|doctorate|mba|m\.?\s?b\.?\s?a\.?|b\.?\s?sc?\.?|m\.?\s?sc?\.?|b\.?\s?a\.?|m\.?\s?a\.?|b\.?\s?eng\.?|m\.?\s?eng\.?|b\.?\s?tech|m\.?\s?tech|b\.?\s?com|m\.?\s?com|bba|llb|ll\.?m|j\.d\.|a\.a\.s?\.?|aas|high school(?: diploma)?|ged|diploma|diplom(?:-\w+)?|abitur|ausbildung|licence|licenciatura|grado|máster|master|doctorado|baccalauréat|bac\s?\+\s?\d|bts|dut|ingénieur|certificate)\b\.?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DegreePattern();
}
