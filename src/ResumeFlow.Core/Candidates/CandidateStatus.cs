using System.Text.Json.Serialization;

namespace ResumeFlow.Core.Candidates;

/// <summary>Where a candidate is in ingestion. Serialized as its name.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CandidateStatus>))]
public enum CandidateStatus
{
    /// <summary>Uploaded; ingestion has not finished.</summary>
    Pending,

    /// <summary>Text, sections and profile are stored.</summary>
    Ingested,

    /// <summary>The file could not be read; <see cref="CandidateDocument.Error"/> says why. The upload is kept.</summary>
    Failed,
}
