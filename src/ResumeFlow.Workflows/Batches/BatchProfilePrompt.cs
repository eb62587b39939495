namespace ResumeFlow.Workflows.Batches;

/// <summary>The full-profile extraction prompt of the batch path: one call per CV, with the schema every reply is checked against.</summary>
internal static class BatchProfilePrompt
{
    /// <summary>Stamped on every extracted profile; a candidate extracted with an older version is selected again.</summary>
    public const string Version = "batch-profile-v1";

    public const string SchemaName = "cv_full_profile";

    public const int MaxOutputTokens = 2000;

    public const string Instructions = """
        You extract a structured profile from a CV. Use only facts written in the CV; never guess.
        Give personal details, a short summary, education, certifications, up to 7 most recent positions
        (title, company, location, start, end), skills, and technical skills grouped by kind.
        Write dates as in the CV; an end written as present, current, heute, actuel or actual is "present".
        Copy employer names exactly as written.
        """;

    public const string Schema = """
        {"type":"object","additionalProperties":false,
         "required":["name","email","phone","location","summary","positions","education","certifications","skills","technicalSkills"],
         "properties":{
          "name":{"type":["string","null"]},"email":{"type":["string","null"]},"phone":{"type":["string","null"]},
          "location":{"type":["string","null"]},"summary":{"type":["string","null"]},
          "positions":{"type":"array","maxItems":7,"items":{"type":"object","additionalProperties":false,
            "required":["title","company","location","start","end"],
            "properties":{"title":{"type":["string","null"]},"company":{"type":["string","null"]},"location":{"type":["string","null"]},
              "start":{"type":["string","null"]},"end":{"type":["string","null"]}}}},
          "education":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["degree","field","institution","start","end"],
            "properties":{"degree":{"type":["string","null"]},"field":{"type":["string","null"]},"institution":{"type":["string","null"]},
              "start":{"type":["string","null"]},"end":{"type":["string","null"]}}}},
          "certifications":{"type":"array","items":{"type":"string"}},
          "skills":{"type":"array","items":{"type":"string"}},
          "technicalSkills":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["kind","names"],
            "properties":{"kind":{"type":"string","enum":["language","framework","database","cloud","tool","other"]},"names":{"type":"array","items":{"type":"string"}}}}}}}
        """;
}
