using System.Text.RegularExpressions;

namespace ResumeFlow.Core.Privacy;

/// <summary>
/// Blind screening: removes from a CV what must not sway a scorer — the candidate's name and contact details
/// (<see cref="ContactDetailsRedactor"/>), photo references, age and date-of-birth hints, gender markers (pronouns,
/// titles, male/female, gender lines) and nationality or citizenship. Each is replaced by a fixed token, so two CVs
/// that differ only in these parts redact to the same text. Years of experience ("2015 - 2025") are kept.
/// </summary>
public static partial class BlindCvRedactor
{
    public const string PhotoToken = "[PHOTO]";
    public const string AgeToken = "[AGE]";
    public const string GenderToken = "[GENDER]";
    public const string NationalityToken = "[NATIONALITY]";

    public static string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Titles first: "Mr. John Smith" must still read as a name line to the contact redactor.
        var result = TitlePattern().Replace(text, string.Empty);
        result = ContactDetailsRedactor.Redact(result);
        result = ImagePattern().Replace(result, PhotoToken);
        result = LabelledLinePattern().Replace(result, m => m.Groups["label"].Value + TokenFor(m.Groups["label"].Value));
        result = BornPattern().Replace(result, AgeToken);
        result = AgePattern().Replace(result, AgeToken);
        result = CitizenOfPattern().Replace(result, m => m.Groups["lead"].Value + NationalityToken);
        result = CitizenAdjectivePattern().Replace(result, m => NationalityToken + m.Groups["rest"].Value);
        result = GenderWordPattern().Replace(result, GenderToken);
        return result;
    }

    private static string TokenFor(string label)
    {
        var l = label.ToUpperInvariant();
        return l.Contains("PHOTO", StringComparison.Ordinal) || l.Contains("PICTURE", StringComparison.Ordinal) || l.Contains("FOTO", StringComparison.Ordinal) ? PhotoToken
            : l.Contains("GENDER", StringComparison.Ordinal) || l.Contains("SEX", StringComparison.Ordinal) || l.Contains("PRONOUN", StringComparison.Ordinal) ? GenderToken
            : l.Contains("NATIONAL", StringComparison.Ordinal) || l.Contains("CITIZEN", StringComparison.Ordinal) || l.Contains("PLACE OF BIRTH", StringComparison.Ordinal) || l.Contains("STAATS", StringComparison.Ordinal) ? NationalityToken
            : AgeToken;
    }

    [GeneratedRegex(@"\b(?:Mr|Mrs|Ms|Miss|Mx|Sir|Madam|Dame|Herr|Frau)\b\.?\s*", RegexOptions.CultureInvariant)]
    private static partial Regex TitlePattern();

    // Markdown and HTML images, and image files named in the text.
    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)|<img\b[^>]*>|\b[\w\-.]+\.(?:jpe?g|png|gif|heic|webp|bmp|tiff?)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ImagePattern();

    // "Date of birth: …", "Age: …", "Gender: …", "Nationality: …", "Photo: …": the value goes, the label stays.
    [GeneratedRegex(@"(?<label>\b(?:Date\s+of\s+birth|Birth\s*date|Birthday|DOB|D\.O\.B\.|Born|Age|Geburtsdatum|Alter|Gender|Sex|Pronouns|Nationality|Nationalities|Citizenship|Place\s+of\s+birth|Staatsangehörigkeit|Photo|Picture|Foto|Marital\s+status)\s*:\s*)[^\n]*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LabelledLinePattern();

    // "born 1990", "born on 12 May 1990", "born in March 1988", "b. 1990".
    [GeneratedRegex(@"\b(?:born(?:\s+(?:on|in))?|b\.)\s+(?:\d{1,2}(?:st|nd|rd|th)?[\s./\-]+)?(?:[A-Za-z]{3,9}\.?[\s,]+|\d{1,2}[./\-])?(?:19|20)\d{2}\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BornPattern();

    // "34 years old", "34-year-old", "aged 34", "age 34".
    [GeneratedRegex(@"\b\d{2}(?:\s+years?\s+old|-years?-old)\b|\b(?:aged|age)\s+\d{2}\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AgePattern();

    // "citizen of Canada", "national of France", "citizenship of the United Kingdom".
    [GeneratedRegex(@"(?<lead>\b(?:citizen|citizenship|national|passport\s+holder)\s+of\s+)(?:the[ \t]+)?[\p{Lu}][\p{L}]*(?:[ \t]+[\p{Lu}][\p{L}]*){0,3}", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CitizenOfPattern();

    // "German citizen", "US citizenship", "French national", "Brazilian passport".
    [GeneratedRegex(@"\b[\p{Lu}][\p{L}]*(?:[ \t]+[\p{Lu}][\p{L}]*)?(?<rest>[ \t]+(?:citizen|citizenship|national|passport)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex CitizenAdjectivePattern();

    // Gendered pronouns and words; "they" and "their" are already neutral.
    [GeneratedRegex(@"\b(?:he|she|him|her|his|hers|himself|herself|male|female|man|woman|men|women|mother|father|wife|husband)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex GenderWordPattern();
}
