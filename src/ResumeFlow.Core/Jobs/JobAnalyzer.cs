using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using ResumeFlow.Core.Skills;

namespace ResumeFlow.Core.Jobs;

/// <summary>
/// Reads a job description (plain text or Markdown; for PDF/DOCX extract the text first) into a
/// <see cref="JobProfile"/>: title, must-have and nice-to-have skills through the skills lexicon, years
/// required overall and per role or skill, education level, location and remote. Deterministic: the same text
/// always gives the same profile and id.
/// </summary>
public static partial class JobAnalyzer
{
    private const int MaxPhraseWords = 8;

    /// <summary>Analyses the job text with the default skills lexicon.</summary>
    public static JobProfile Analyze(string jobText, string? title = null) => Analyze(jobText, title, SkillLexicon.Default);

    /// <summary>Analyses the job text with the given skills lexicon.</summary>
    public static JobProfile Analyze(string jobText, string? title, SkillLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(jobText);
        ArgumentNullException.ThrowIfNull(lexicon);
        if (string.IsNullOrWhiteSpace(jobText))
        {
            throw new ArgumentException("job_text_empty: the job description has no text.", nameof(jobText));
        }

        var text = jobText.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var state = new State();
        var section = JobSection.Preamble;
        foreach (var raw in JoinWrappedLines(text.Split('\n')))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.All(c => c is '*' or '-' or '_' or '=' or '#'))
            {
                continue;
            }

            var heading = TextLines.Heading(line);
            if (heading is not null)
            {
                var (kind, inline) = Classify(heading);

                // "The candidate should demonstrate:" introduces the list of the section it is in.
                if (kind == JobSection.Other && line.EndsWith(':') && section is not (JobSection.Preamble or JobSection.Title or JobSection.Summary))
                {
                    continue;
                }

                section = kind;
                state.Heading = heading;

                // "# Senior Platform Engineer" before anything else names the job.
                if (kind == JobSection.Other && inline is null && state.FirstLine is null)
                {
                    state.FirstLine = heading;
                    section = JobSection.Preamble;
                }

                if (inline is not null)
                {
                    Take(state, section, inline, lexicon);
                }

                continue;
            }

            var keyValue = TextLines.KeyValue(line);
            if (keyValue is { } kv && Classify(kv.Key) is var (kvKind, _) && kvKind is JobSection.Title or JobSection.Location)
            {
                Take(state, kvKind, kv.Value, lexicon);
                continue;
            }

            Take(state, section, TextLines.StripBullet(line), lexicon);
        }

        var resolvedTitle = !string.IsNullOrWhiteSpace(title) ? title.Trim()
            : CleanTitle(state.Title ?? state.FirstLine) ?? "Untitled job";
        var requirements = state.Requirements;
        if (requirements.Count == 0)
        {
            // A description without a requirements section ("We need a Python developer who knows Django"): every
            // known skill it names is a must-have.
            foreach (var line in state.KeywordLines)
            {
                foreach (var skill in lexicon.FindMentions(line).Select(m => m.Skill).Where(s => !lexicon.IsGeneric(s)).Distinct(StringComparer.OrdinalIgnoreCase))
                {
                    if (!requirements.Any(r => r.Name.Equals(skill, StringComparison.OrdinalIgnoreCase)))
                    {
                        requirements.Add(new SkillRequirement(skill, true, [skill], line));
                    }
                }
            }
        }

        var mustHave = SkillNames(requirements.Where(r => r.MustHave));
        var niceToHave = SkillNames(requirements.Where(r => !r.MustHave))
            .Where(s => !mustHave.Contains(s, StringComparer.OrdinalIgnoreCase)).ToList();
        // The requirements are authoritative; years in the title ("Java Developer (3 Years of Experience)") fill in when they state none.
        var minimumYears = state.Experience.Count > 0 ? state.Experience.Max(e => e.Years) : state.TitleYears;
        var education = state.EducationLevels.Count == 0 ? EducationLevel.None : state.EducationLevels.Min();
        var keywords = state.KeywordLines.SelectMany(l => lexicon.FindMentions(l)).Select(m => m.Skill).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

        return new JobProfile(
            Id: ContentId(text),
            Title: resolvedTitle,
            MustHaveSkills: mustHave,
            NiceToHaveSkills: niceToHave,
            Requirements: requirements,
            MinimumYears: minimumYears,
            ExperienceRequirements: state.Experience,
            EducationLevel: education,
            Location: state.Location,
            Remote: Remote(text),
            Keywords: keywords,
            Text: text.Trim());
    }

    /// <summary>The job's id: SHA-256 (hex) of its text with whitespace collapsed.</summary>
    public static string ContentId(string jobText)
    {
        ArgumentNullException.ThrowIfNull(jobText);
        var normalized = Whitespace().Replace(jobText, " ").Trim();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)));
    }

    private static void Take(State state, JobSection section, string line, SkillLexicon lexicon)
    {
        if (line.Length == 0)
        {
            return;
        }

        // Page numbers and stray fragments of extracted PDFs ("1", "-") carry nothing; "C#" or "R" alone do.
        if (line.Count(char.IsLetter) < 2 && lexicon.FindMentions(line).Count == 0)
        {
            return;
        }

        var isFirstLine = state.FirstLine is null;
        state.FirstLine ??= line.TrimStart('#').Trim();
        if (section is not (JobSection.Benefits or JobSection.Company or JobSection.Other or JobSection.Location))
        {
            state.KeywordLines.Add(line);
        }

        if (section is not (JobSection.Title or JobSection.Location))
        {
            state.EducationLevels.AddRange(EducationIn(section, line));
        }

        var years = YearsPhrase.Parse(line);
        // Years stated in the summary restate the requirements, usually in looser words; the requirements count.
        if (years is { } y && section is not (JobSection.Benefits or JobSection.Company or JobSection.Responsibilities or JobSection.Summary or JobSection.Location))
        {
            if (isFirstLine || section == JobSection.Title)
            {
                // "Front End Engineer (2 Years of Experience)": a floor on experience overall, not a separate role.
                state.TitleYears = Math.Max(state.TitleYears ?? 0, y.Years);
            }
            else
            {
                state.Experience.Add(new ExperienceRequirement(y.Subject ?? Phrase(line), y.Years, line));
            }
        }

        switch (section)
        {
            case JobSection.Title:
                state.Title ??= line;
                break;
            case JobSection.Location:
                state.Location ??= line;
                break;
            case JobSection.Required or JobSection.Preferred:
                if (IsEducationLine(line) && years is null)
                {
                    break;
                }

                var mustHave = section == JobSection.Required && !Optional().IsMatch(line);
                var specific = lexicon.FindMentions(line).Count(m => !lexicon.IsGeneric(m.Skill));
                if (years is not null && section == JobSection.Required && specific == 0
                    && ((years.Value.Subject is not null && ExperiencePhrase().IsMatch(line)) || lexicon.FindMentions(line).Count > 0))
                {
                    // "3+ years as a baker" and "5+ years of software development" are experience requirements, not skills.
                    break;
                }

                var mandatory = mustHave && (MandatoryWord().IsMatch(line) || MandatoryWord().IsMatch(state.Heading ?? string.Empty));
                state.Requirements.Add(Requirement(line, mustHave, years?.Years, lexicon) with { Mandatory = mandatory });
                break;
            default:
                break;
        }
    }

    private static IEnumerable<EducationLevel> EducationIn(JobSection section, string line)
        => section == JobSection.Education || IsEducationLine(line) ? EducationLevels.Find(line) : [];

    private static bool IsEducationLine(string line) => EducationLine().IsMatch(line);

    private static SkillRequirement Requirement(string line, bool mustHave, double? years, SkillLexicon lexicon)
    {
        // A field ("Software Development") is not a skill to check; the specific skills of the line are.
        var skills = lexicon.FindMentions(line).Select(m => m.Skill).Where(s => !lexicon.IsGeneric(s)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var head = HeadPhrase().Match(line);
        string name;
        if (head.Success && head.Groups["h"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 6)
        {
            name = head.Groups["h"].Value.Trim();
        }
        else if (skills.Count > 0 && skills.Count <= 3)
        {
            name = string.Join(", ", skills);
        }
        else
        {
            name = Phrase(line);
        }

        return new SkillRequirement(name, mustHave, skills, line, years);
    }

    // A short phrase for a requirement line: leading qualifiers and trailing "skills" removed, at most 8 words.
    private static string Phrase(string line)
    {
        var s = LeadingFiller().Replace(line.Trim().Trim('*'), string.Empty);
        s = TrailingSkills().Replace(s, string.Empty).Trim().TrimEnd('.', ';', ',', ':');
        var words = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > MaxPhraseWords)
        {
            s = string.Join(' ', words.Take(MaxPhraseWords));
        }

        return s.Length == 0 ? line.Trim() : char.ToUpperInvariant(s[0]) + s[1..];
    }

    private static List<string> SkillNames(IEnumerable<SkillRequirement> requirements)
    {
        var names = new List<string>();
        foreach (var r in requirements)
        {
            var add = r.Skills.Count > 0 && r.Skills.Count <= 6 ? r.Skills : [r.Name];
            foreach (var name in add)
            {
                if (!names.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    names.Add(name);
                }
            }
        }

        return names;
    }

    private static (JobSection Kind, string? Inline) Classify(string heading)
    {
        // "Job title: Baker" as a heading carries its value inline.
        string? inline = null;
        var colon = heading.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && colon < heading.Length - 1)
        {
            inline = heading[(colon + 1)..].Trim();
            heading = heading[..colon];
        }

        var h = heading.ToLowerInvariant();
        JobSection kind;
        if (h.Contains("title", StringComparison.Ordinal) || h is "position" or "role" or "job")
        {
            kind = JobSection.Title;
        }
        else if (PreferredHeading().IsMatch(h))
        {
            kind = JobSection.Preferred;
        }
        else if (h.Contains("experience", StringComparison.Ordinal))
        {
            kind = JobSection.Experience;
        }
        else if (h.Contains("education", StringComparison.Ordinal) || h.Contains("degree", StringComparison.Ordinal))
        {
            kind = JobSection.Education;
        }
        else if (RequiredHeading().IsMatch(h))
        {
            kind = JobSection.Required;
        }
        else if (ResponsibilitiesHeading().IsMatch(h))
        {
            kind = JobSection.Responsibilities;
        }
        else if (h.Contains("location", StringComparison.Ordinal) || h is "where")
        {
            kind = JobSection.Location;
        }
        else if (CompanyHeading().IsMatch(h))
        {
            kind = JobSection.Company;
        }
        else if (h.Contains("summary", StringComparison.Ordinal) || h.Contains("about", StringComparison.Ordinal)
            || h.Contains("overview", StringComparison.Ordinal) || h.Contains("description", StringComparison.Ordinal))
        {
            kind = JobSection.Summary;
        }
        else if (BenefitsHeading().IsMatch(h))
        {
            kind = JobSection.Benefits;
        }
        else
        {
            kind = JobSection.Other;
        }

        return (kind, inline);
    }

    private static bool? Remote(string text)
    {
        if (NotRemote().IsMatch(text))
        {
            return false;
        }

        return RemoteWord().IsMatch(text) ? true : null;
    }

    private sealed class State
    {
        public string? Title { get; set; }

        public string? FirstLine { get; set; }

        public string? Heading { get; set; }

        public string? Location { get; set; }

        public double? TitleYears { get; set; }

        public List<SkillRequirement> Requirements { get; } = [];

        public List<ExperienceRequirement> Experience { get; } = [];

        public List<EducationLevel> EducationLevels { get; } = [];

        public List<string> KeywordLines { get; } = [];
    }

    // PDF extraction breaks lines mid-sentence ("Transaction man-" / "agement"): join a line to the previous
    // one when it continues a hyphenated word, starts in lower case, or follows a trailing comma or "and".
    private static List<string> JoinWrappedLines(string[] lines)
    {
        var joined = new List<string>(lines.Length);
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd();
            var trimmed = line.TrimStart();
            if (joined.Count > 0 && trimmed.Length > 0 && joined[^1].Length > 0 && TextLines.Heading(trimmed) is null && !TextLines.IsBullet(trimmed))
            {
                var previous = joined[^1];
                if (previous.Length > 1 && previous[^1] == '-' && char.IsLetter(previous[^2]) && char.IsLower(trimmed[0]))
                {
                    joined[^1] = previous[..^1] + trimmed;
                    continue;
                }

                if ((char.IsLower(trimmed[0]) || previous[^1] is ',' or '(' or '&' || DanglingWord().IsMatch(previous)) && TextLines.Heading(previous.Trim()) is null)
                {
                    joined[^1] = previous + " " + trimmed;
                    continue;
                }
            }

            joined.Add(line);
        }

        return joined;
    }

    // "Job Description: Senior Engineer (5+ Years of Experience)" names the job "Senior Engineer".
    private static string? CleanTitle(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        var t = TitlePrefix().Replace(title.Trim().Trim('#', '*', ' '), string.Empty);
        t = YearsInTitle().Replace(t, string.Empty).Trim().TrimEnd('-', '–', ',', ':', ' ');
        return t.Length == 0 ? title.Trim() : t;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\s(?:and|or|of|with|in|the|a|an|to|for|as|such as|including|like)$", RegexOptions.IgnoreCase)]
    private static partial Regex DanglingWord();

    [GeneratedRegex(@"^(?:job\s+(?:description|title|posting|opening)|position|role|vacancy|opening)\s*[:\-–]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex TitlePrefix();

    [GeneratedRegex(@"\s*[(\[][^)\]]*\b(?:years?|yrs?)\b[^)\]]*(?:[)\]]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex YearsInTitle();

    [GeneratedRegex(@"^(?:about\s+(?:us|the\s+company|the\s+team|[a-z]+\s*$)|who\s+we\s+are|our\s+(?:company|story|mission|values)|company\s+(?:overview|description|profile))")]
    private static partial Regex CompanyHeading();

    [GeneratedRegex(@"\b(?:preferred|nice[- ]to[- ]have|bonus|desired|desirable|a\s+plus|is\s+a\s+plus|optional|advantage|good\s+to\s+have|ideally)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Optional();

    [GeneratedRegex(@"\b(?:must|required|requirements?|mandatory|essential|minimum|need(?:ed|s)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MandatoryWord();

    [GeneratedRegex(@"\b(?:preferred|nice|bonus|desired|desirable|plus|optional|good to have|ideal)\b")]
    private static partial Regex PreferredHeading();

    // "What you bring/have/need" lists requirements; "what you will do" lists duties (see ResponsibilitiesHeading).
    [GeneratedRegex(@"\b(?:require|requirement|qualification|skill|must|competenc|what you(?:.ll| will)? (?:bring|have|need|offer)|you have|you bring|need|expect|profile|technolog|stack|tools)")]
    private static partial Regex RequiredHeading();

    [GeneratedRegex(@"\b(?:responsibilit|duties|dutie|what you.ll do|what you will do|tasks|accountabilit|day to day|role)")]
    private static partial Regex ResponsibilitiesHeading();

    [GeneratedRegex(@"\b(?:benefit|perks|offer|compensation|salary|equal opportunity|how to apply|about us)")]
    private static partial Regex BenefitsHeading();

    [GeneratedRegex(@"\b(?:degree|bachelor'?s?|master'?s\b|masters|master\s+(?:of|in)|ph\.?d|diploma|doctorate|high school|ged|mba|graduate\s+(?:degree|of|in))\b", RegexOptions.IgnoreCase)]
    private static partial Regex EducationLine();

    [GeneratedRegex(@"\bexperience\b.*\b(?:as|in)\b|\b(?:as|in)\s+(?:an?\s+)?\w+.*\b(?:role|position)\b|\bworking\s+as\b", RegexOptions.IgnoreCase)]
    private static partial Regex ExperiencePhrase();

    [GeneratedRegex(@"^\**(?<h>[^:.]{2,60}?)\**\s*:\s+\S")]
    private static partial Regex HeadPhrase();

    [GeneratedRegex(@"^(?:(?:strong|excellent|good|solid|sound|proven|demonstrated|advanced|basic|deep|in-depth|high|exceptional|qualified|great|outstanding|superior|extensive|thorough|working|hands-on|practical|a|an|the|some|considerable|sufficient|comprehensive|must\s+have|should\s+have|ability\s+to|able\s+to|capable\s+of|mastered|mastery\s+of|knowledge\s+and\s+expertise\s+in)\s+)*(?:(?:proficiency|proficient|experience|experienced|expertise|knowledge|understanding|familiarity|familiar|ability|skills?|competency|command|grasp|amount\s+of\s+knowledge)\s+(?:in|with|of|on|at|to)\s+(?:the\s+|a\s+)?)?", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingFiller();

    [GeneratedRegex(@"\s+(?:skills?|abilities|ability|knowledge|expertise)\s*\.?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingSkills();

    [GeneratedRegex(@"\b(?:remote|work from home|wfh|hybrid|distributed team)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RemoteWord();

    [GeneratedRegex(@"\b(?:no remote|not remote|on-?site only|onsite only|must be on-?site|in-office only|not a remote)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotRemote();
}
