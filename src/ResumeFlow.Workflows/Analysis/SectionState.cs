using System.Text.Json.Serialization;

namespace ResumeFlow.Workflows.Analysis;

[JsonConverter(typeof(JsonStringEnumConverter<SectionState>))]
public enum SectionState
{
    Pending,
    Running,
    Completed,
    Failed,
    Skipped,
}
