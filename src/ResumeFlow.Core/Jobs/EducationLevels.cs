using System.Text.RegularExpressions;

namespace ResumeFlow.Core.Jobs;

/// <summary>Recognises education levels named in a line of text ("Bachelor's degree", "Ph.D.", "High school diploma").</summary>
internal static partial class EducationLevels
{
    /// <summary>Every level the line names, or an empty list.</summary>
    public static List<EducationLevel> Find(string line)
    {
        var found = new List<EducationLevel>();
        if (Doctorate().IsMatch(line))
        {
            found.Add(EducationLevel.Doctorate);
        }

        if (Master().IsMatch(line))
        {
            found.Add(EducationLevel.Master);
        }

        if (Bachelor().IsMatch(line))
        {
            found.Add(EducationLevel.Bachelor);
        }

        if (Associate().IsMatch(line))
        {
            found.Add(EducationLevel.Associate);
        }

        if (Certificate().IsMatch(line))
        {
            found.Add(EducationLevel.Certificate);
        }

        if (HighSchool().IsMatch(line))
        {
            found.Add(EducationLevel.HighSchool);
        }

        // "Degree in Computer Science" without a level reads as a first degree.
        if (found.Count == 0 && GenericDegree().IsMatch(line))
        {
            found.Add(EducationLevel.Bachelor);
        }

        return found;
    }

    [GeneratedRegex(@"\b(?:ph\.?\s?d\.?|doctorate|doctoral|doctor\s+of|d\.?phil|ed\.?d\.?|m\.?d\.?(?=\s|,|$)|pharm\.?d|j\.?d\.?(?=\s|,|$))", RegexOptions.IgnoreCase)]
    private static partial Regex Doctorate();

    [GeneratedRegex(@"\b(?:master'?s\b|masters|master\s+(?:of|in|degree)|m\.?sc\.?|m\.?s\.?(?=\s+(?:in|degree|of))|m\.?a\.?(?=\s+(?:in|degree|of))|mba|m\.?eng|m\.?ed|mph|msw|llm|graduate\s+degree|post-?graduate)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Master();

    [GeneratedRegex(@"\b(?:bachelor'?s?\b|bachelors|b\.?sc\.?|b\.?s\.?(?=\s+(?:in|degree|of))|b\.?a\.?(?=\s+(?:in|degree|of))|b\.?eng|b\.?tech|b\.?com|bba|undergraduate\s+degree|(?:four|4)[- ]year\s+degree|university\s+degree|college\s+degree)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Bachelor();

    [GeneratedRegex(@"\b(?:associate'?s?\s+(?:degree|of)|associate\s+degree|a\.?a\.?s\.?|higher\s+national\s+diploma|hnd|(?:two|2)[- ]year\s+degree)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Associate();

    [GeneratedRegex(@"\b(?:diploma|certificate|certification\s+program|vocational|trade\s+school|apprenticeship|culinary\s+school)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Certificate();

    [GeneratedRegex(@"\b(?:high\s+school|secondary\s+school|ged|a-levels?|hsc)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HighSchool();

    [GeneratedRegex(@"\b(?:degree|graduate\s+of|graduated)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GenericDegree();
}
