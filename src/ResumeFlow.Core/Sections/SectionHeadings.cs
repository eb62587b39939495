using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace ResumeFlow.Core.Sections;

/// <summary>
/// Heading words by section kind in English, German, French and Spanish. Keys are compared
/// lower-case, without accents and with single spaces.
/// </summary>
internal static class SectionHeadings
{
    private static readonly (SectionKind Kind, string[] Phrases)[] Table =
    [
        (SectionKind.Summary, [
            "summary", "professional summary", "career summary", "executive summary", "summary of qualifications", "qualifications summary",
            "profile", "professional profile", "career profile", "personal profile", "about me", "objective", "career objective",
            "professional objective", "objectives", "overview", "introduction", "personal statement", "executive profile", "career overview",
            "summary statement", "professional overview", "highlights of qualifications",
            "zusammenfassung", "profil", "kurzprofil", "uber mich", "berufsprofil", "persönliches profil", "karriereziel",
            "profil professionnel", "a propos", "a propos de moi", "objectif", "objectif professionnel", "synthese", "presentation",
            "resumen", "perfil", "perfil profesional", "sobre mi", "acerca de mi", "objetivo", "objetivo profesional", "extracto",
        ]),
        (SectionKind.Experience, [
            "experience", "work experience", "professional experience", "employment", "employment history", "work history",
            "career history", "relevant experience", "experience history", "professional background", "career", "positions held",
            "professional history", "working experience", "experience summary", "related experience", "industry experience",
            "job history", "internships", "internship", "internship experience", "military experience", "teaching experience",
            "research experience", "leadership experience", "additional experience", "other experience", "professional employment",
            "berufserfahrung", "berufliche erfahrung", "berufspraxis", "berufliche laufbahn", "beruflicher werdegang", "werdegang",
            "praktika", "praktikum", "erfahrung", "arbeitserfahrung", "taetigkeiten", "tatigkeiten", "beschaftigungsverlauf",
            "experience professionnelle", "experiences professionnelles", "experiences", "parcours professionnel", "stages", "stage",
            "emplois", "carriere",
            "experiencia", "experiencia profesional", "experiencia laboral", "trayectoria profesional", "historial laboral", "practicas",
        ]),
        (SectionKind.Education, [
            "education", "academic background", "educational background", "education and training", "education & training",
            "academic qualifications", "qualifications and education", "academics", "academic history", "academic profile", "studies",
            "training", "education history", "educational qualifications", "degrees", "schooling", "academic credentials",
            "education and certifications", "education & certifications", "academic experience",
            "ausbildung", "bildung", "bildungsweg", "schulbildung", "studium", "akademischer werdegang", "schul und berufsausbildung",
            "formation", "formations", "formation academique", "etudes", "diplomes", "cursus", "parcours academique",
            "educacion", "formacion", "formacion academica", "estudios", "titulacion", "formacion academica y profesional",
        ]),
        (SectionKind.Skills, [
            "skills", "technical skills", "key skills", "core skills", "skill set", "skillset", "core competencies", "competencies",
            "areas of expertise", "expertise", "technologies", "technical proficiencies", "proficiencies", "tools", "tech stack",
            "skills and abilities", "skills & abilities", "highlights", "qualifications", "skill highlights", "strengths", "key strengths", "abilities",
            "computer skills", "it skills", "software", "technical expertise", "professional skills", "relevant skills", "soft skills",
            "hard skills", "tools and technologies", "tools & technologies", "skills summary", "summary of skills", "qualifications and skills",
            "skills and qualifications", "core qualifications", "technical competencies", "key competencies", "areas of strength", "programming languages",
            "fahigkeiten", "kenntnisse", "kompetenzen", "fachkenntnisse", "it kenntnisse", "edv kenntnisse", "fertigkeiten", "skills und kenntnisse",
            "technische kenntnisse", "schwerpunkte",
            "competences", "competences techniques", "competences cles", "savoir faire", "connaissances", "outils", "informatique",
            "habilidades", "competencias", "aptitudes", "conocimientos", "habilidades tecnicas", "conocimientos informaticos", "herramientas",
        ]),
        (SectionKind.Projects, [
            "projects", "key projects", "selected projects", "personal projects", "academic projects", "project experience", "project",
            "side projects", "notable projects", "open source", "portfolio",
            "projekte", "projekterfahrung", "ausgewahlte projekte",
            "projets", "projets personnels", "projets realises",
            "proyectos", "proyectos personales", "proyectos destacados",
        ]),
        (SectionKind.Certifications, [
            "certifications", "certification", "certificates", "licenses", "licenses and certifications", "licenses & certifications",
            "certifications and licenses", "certifications & licenses", "professional certifications", "credentials", "accreditations",
            "trainings", "courses", "training and certifications", "professional development", "continuing education", "coursework",
            "relevant coursework",
            "zertifikate", "zertifizierungen", "weiterbildung", "weiterbildungen", "fortbildungen", "lizenzen", "kurse",
            "certificats", "certifications professionnelles", "formation continue",
            "certificaciones", "certificados", "cursos", "formacion complementaria", "licencias",
        ]),
        (SectionKind.Languages, [
            "languages", "language skills", "language", "language proficiency", "spoken languages", "foreign languages",
            "sprachen", "sprachkenntnisse", "fremdsprachen",
            "langues", "competences linguistiques", "langues etrangeres",
            "idiomas", "lenguas", "conocimientos de idiomas",
        ]),
        (SectionKind.Awards, [
            "awards", "honors", "honours", "awards and honors", "honors and awards", "awards & honors", "honors & awards", "achievements",
            "accomplishments", "key achievements", "key accomplishments", "recognition", "recognitions", "distinctions", "scholarships",
            "notable achievements", "major accomplishments",
            "auszeichnungen", "erfolge", "preise",
            "prix", "distinctions et prix", "realisations", "recompenses",
            "premios", "logros", "reconocimientos", "distinciones",
        ]),
        (SectionKind.Publications, [
            "publications", "selected publications", "papers", "research", "research and publications", "presentations", "patents",
            "publications and presentations", "conference talks", "talks",
            "publikationen", "veroffentlichungen", "vortrage",
            "publications scientifiques",
            "publicaciones", "investigacion",
        ]),
        (SectionKind.Volunteering, [
            "volunteering", "volunteer experience", "volunteer work", "volunteer", "community service", "community involvement",
            "volunteer activities", "civic activities", "extracurricular activities", "activities", "leadership and activities",
            "affiliations", "professional affiliations", "memberships", "organizations", "community",
            "ehrenamt", "ehrenamtliches engagement", "engagement", "mitgliedschaften",
            "benevolat", "activites", "engagements", "vie associative", "activites extra professionnelles",
            "voluntariado", "actividades", "actividades extracurriculares",
        ]),
        (SectionKind.Interests, [
            "interests", "hobbies", "hobbies and interests", "interests and hobbies", "personal interests", "hobbies & interests",
            "interests & hobbies", "outside interests",
            "interessen", "hobbys", "freizeit", "freizeitaktivitaten", "personliche interessen",
            "centres d interet", "centres d'interet", "loisirs", "interets",
            "intereses", "aficiones", "pasatiempos",
        ]),
        (SectionKind.Contact, [
            "contact", "contact information", "contact details", "personal information", "personal details", "personal data", "contact info",
            "kontakt", "kontaktdaten", "personliche daten", "angaben zur person",
            "coordonnees", "informations personnelles", "etat civil",
            "contacto", "datos personales", "informacion de contacto", "informacion personal",
        ]),
        (SectionKind.References, [
            "references", "referees", "references available upon request", "referenzen", "references professionnelles", "referencias",
        ]),
        (SectionKind.Other, [
            "additional information", "additional", "other", "miscellaneous", "misc", "additional skills and information", "further information",
            "weitere informationen", "sonstiges", "divers", "informations complementaires", "otros", "informacion adicional",
        ]),
    ];

    private static readonly FrozenDictionary<string, SectionKind> Phrases = BuildPhrases();

    private static readonly (string Stem, SectionKind Kind)[] Stems =
    [
        ("experience", SectionKind.Experience), ("employment", SectionKind.Experience), ("work history", SectionKind.Experience),
        ("berufserfahrung", SectionKind.Experience), ("experiencia", SectionKind.Experience),
        ("education", SectionKind.Education), ("ausbildung", SectionKind.Education), ("formation", SectionKind.Education), ("educacion", SectionKind.Education),
        ("skills", SectionKind.Skills), ("competenc", SectionKind.Skills), ("kenntnisse", SectionKind.Skills), ("competences", SectionKind.Skills), ("habilidades", SectionKind.Skills),
        ("projects", SectionKind.Projects), ("projekte", SectionKind.Projects), ("projets", SectionKind.Projects), ("proyectos", SectionKind.Projects),
        ("certific", SectionKind.Certifications), ("zertifi", SectionKind.Certifications), ("licens", SectionKind.Certifications),
        ("languages", SectionKind.Languages), ("sprachen", SectionKind.Languages), ("langues", SectionKind.Languages), ("idiomas", SectionKind.Languages),
        ("awards", SectionKind.Awards), ("honors", SectionKind.Awards), ("achievements", SectionKind.Awards), ("accomplishments", SectionKind.Awards),
        ("publications", SectionKind.Publications), ("volunteer", SectionKind.Volunteering), ("interests", SectionKind.Interests), ("hobbies", SectionKind.Interests),
        ("summary", SectionKind.Summary), ("profile", SectionKind.Summary), ("objective", SectionKind.Summary),
    ];

    /// <summary>The kind named by a whole heading, or null.</summary>
    public static SectionKind? Exact(string key) => Phrases.TryGetValue(key, out var kind) ? kind : null;

    /// <summary>The kind a longer heading is about ("Relevant Professional Experience"), or null.</summary>
    public static SectionKind? ByStem(string key)
    {
        foreach (var (stem, kind) in Stems)
        {
            if (key.Contains(stem, StringComparison.Ordinal))
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>Lower-case, accents removed, '&amp;' kept, other punctuation as spaces, single spaces.</summary>
    public static string Key(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var lastSpace = true;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c) || c == '&')
            {
                builder.Append(char.ToLowerInvariant(c));
                lastSpace = false;
            }
            else if (c == '\'' || c == '\u2019')
            {
                continue;
            }
            else if (!lastSpace)
            {
                builder.Append(' ');
                lastSpace = true;
            }
        }

        return builder.ToString().Trim().Replace("ß", "ss", StringComparison.Ordinal);
    }

    private static FrozenDictionary<string, SectionKind> BuildPhrases()
    {
        var map = new Dictionary<string, SectionKind>(StringComparer.Ordinal);
        foreach (var (kind, phrases) in Table)
        {
            foreach (var phrase in phrases)
            {
                map.TryAdd(Key(phrase), kind);
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
