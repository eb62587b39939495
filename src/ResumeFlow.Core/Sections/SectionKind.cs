using System.Text.Json.Serialization;

namespace ResumeFlow.Core.Sections;

/// <summary>What a resume section is about. Serialized as its name.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SectionKind>))]
public enum SectionKind
{
    /// <summary>The lines before the first heading: usually the name and contact details.</summary>
    Header,
    Summary,
    Experience,
    Education,
    Skills,
    Projects,
    Certifications,
    Languages,
    Awards,
    Publications,
    Volunteering,
    Interests,
    Contact,
    References,

    /// <summary>A heading the detector recognised by layout but could not name.</summary>
    Other,

    /// <summary>The whole text of a document in which no heading was found.</summary>
    Body,
}
