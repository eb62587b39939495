using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace ResumeFlow.Core.Profiles;

/// <summary>Spoken languages named in a languages section, by English name, with the level written next to them.</summary>
internal static partial class LanguageExtractor
{
    private static readonly FrozenDictionary<string, string> Names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["english"] = "English", ["englisch"] = "English", ["anglais"] = "English", ["inglés"] = "English", ["ingles"] = "English",
        ["german"] = "German", ["deutsch"] = "German", ["allemand"] = "German", ["alemán"] = "German", ["aleman"] = "German",
        ["french"] = "French", ["französisch"] = "French", ["franzosisch"] = "French", ["français"] = "French", ["francais"] = "French", ["francés"] = "French", ["frances"] = "French",
        ["spanish"] = "Spanish", ["spanisch"] = "Spanish", ["espagnol"] = "Spanish", ["español"] = "Spanish", ["espanol"] = "Spanish", ["castellano"] = "Spanish",
        ["italian"] = "Italian", ["italienisch"] = "Italian", ["italien"] = "Italian", ["italiano"] = "Italian",
        ["portuguese"] = "Portuguese", ["portugiesisch"] = "Portuguese", ["portugais"] = "Portuguese", ["portugués"] = "Portuguese", ["portugues"] = "Portuguese",
        ["dutch"] = "Dutch", ["niederländisch"] = "Dutch", ["néerlandais"] = "Dutch", ["neerlandais"] = "Dutch", ["holandés"] = "Dutch",
        ["russian"] = "Russian", ["russisch"] = "Russian", ["russe"] = "Russian", ["ruso"] = "Russian",
        ["polish"] = "Polish", ["polnisch"] = "Polish", ["polonais"] = "Polish", ["polaco"] = "Polish",
        ["turkish"] = "Turkish", ["türkisch"] = "Turkish", ["turc"] = "Turkish", ["turco"] = "Turkish",
        ["arabic"] = "Arabic", ["arabisch"] = "Arabic", ["arabe"] = "Arabic", ["árabe"] = "Arabic",
        ["chinese"] = "Chinese", ["mandarin"] = "Chinese", ["chinesisch"] = "Chinese", ["chinois"] = "Chinese", ["chino"] = "Chinese", ["cantonese"] = "Cantonese",
        ["japanese"] = "Japanese", ["japanisch"] = "Japanese", ["japonais"] = "Japanese", ["japonés"] = "Japanese",
        ["korean"] = "Korean", ["koreanisch"] = "Korean", ["coréen"] = "Korean", ["coreano"] = "Korean",
        ["hindi"] = "Hindi", ["urdu"] = "Urdu", ["bengali"] = "Bengali", ["punjabi"] = "Punjabi", ["tamil"] = "Tamil", ["telugu"] = "Telugu",
        ["swedish"] = "Swedish", ["schwedisch"] = "Swedish", ["norwegian"] = "Norwegian", ["danish"] = "Danish", ["dänisch"] = "Danish", ["finnish"] = "Finnish",
        ["greek"] = "Greek", ["griechisch"] = "Greek", ["czech"] = "Czech", ["tschechisch"] = "Czech", ["hungarian"] = "Hungarian", ["ungarisch"] = "Hungarian",
        ["romanian"] = "Romanian", ["rumänisch"] = "Romanian", ["ukrainian"] = "Ukrainian", ["ukrainisch"] = "Ukrainian", ["hebrew"] = "Hebrew",
        ["persian"] = "Persian", ["farsi"] = "Persian", ["vietnamese"] = "Vietnamese", ["thai"] = "Thai", ["indonesian"] = "Indonesian", ["malay"] = "Malay",
        ["tagalog"] = "Tagalog", ["filipino"] = "Tagalog", ["swahili"] = "Swahili", ["catalan"] = "Catalan", ["catalán"] = "Catalan", ["croatian"] = "Croatian",
        ["serbian"] = "Serbian", ["bulgarian"] = "Bulgarian", ["slovak"] = "Slovak", ["latin"] = "Latin", ["sign language"] = "Sign Language", ["asl"] = "Sign Language",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static List<LanguageSkill> Extract(IEnumerable<string> lines)
    {
        var found = new List<LanguageSkill>();
        foreach (var line in lines)
        {
            foreach (var item in ItemSeparator().Split(line))
            {
                var words = WordPattern().Matches(item);
                for (var i = 0; i < words.Count; i++)
                {
                    var word = words[i].Value;
                    var name = i + 1 < words.Count && Names.TryGetValue(word + " " + words[i + 1].Value, out var two) ? two
                        : Names.GetValueOrDefault(word);
                    if (name is null || found.Any(f => f.Name == name))
                    {
                        continue;
                    }

                    var level = LevelPattern().Match(item);
                    found.Add(new LanguageSkill(name, level.Success ? level.Value.Trim() : null));
                    break;
                }
            }
        }

        return found;
    }

    [GeneratedRegex(@"[,;•·|/\n]")]
    private static partial Regex ItemSeparator();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\b(?:[ABC][12]\b|native(?: speaker)?|mother tongue|bilingual|fluent|fluency|proficient|professional(?: working)? proficiency|full professional|advanced|intermediate|upper[- ]intermediate|conversational|basic|beginner|elementary|business fluent|muttersprache|fließend|fliessend|verhandlungssicher|sehr gut|gut|grundkenntnisse|langue maternelle|courant|bilingue|notions|nativo|nativa|lengua materna|avanzado|intermedio|básico|basico)", RegexOptions.IgnoreCase)]
    private static partial Regex LevelPattern();
}
