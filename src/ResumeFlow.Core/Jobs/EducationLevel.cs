using System.Text.Json.Serialization;

namespace ResumeFlow.Core.Jobs;

/// <summary>Highest level of formal education, ordered so that a comparison means "at least".</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EducationLevel>))]
public enum EducationLevel
{
    None = 0,
    HighSchool = 1,
    Certificate = 2,
    Associate = 3,
    Bachelor = 4,
    Master = 5,
    Doctorate = 6,
}
