using System.Text.Json.Serialization;

namespace ResumeFlow.Core.Scoring;

/// <summary>How far a CV meets one requirement of the job. Serialized as its name.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RequirementStatus>))]
public enum RequirementStatus
{
    /// <summary>The CV shows the requirement.</summary>
    Met,

    /// <summary>The CV shows a close equivalent from the skills lexicon's relations (MySQL for PostgreSQL).</summary>
    MetByEquivalent,

    /// <summary>The CV shows part of it: some of its skills, or fewer years than asked.</summary>
    PartlyMet,

    /// <summary>Nothing in the CV shows it or an equivalent.</summary>
    Absent,
}
