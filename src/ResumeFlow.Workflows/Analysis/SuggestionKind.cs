using System.Text.Json.Serialization;

namespace ResumeFlow.Workflows.Analysis;

[JsonConverter(typeof(JsonStringEnumConverter<SuggestionKind>))]
public enum SuggestionKind
{
    /// <summary>Replace the evidence line by <see cref="AnalysisSuggestion.Text"/>.</summary>
    Rephrase,

    /// <summary>Move the evidence line to the top of its section.</summary>
    Reorder,

    /// <summary>Name a keyword the CV already supports (the evidence line) in this section.</summary>
    AddKeyword,
}
