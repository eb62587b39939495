using ResumeFlow.Core.Calls.Transcripts;
using ResumeFlow.Workflows.Calls.Reports.Components;

namespace ResumeFlow.Workflows.Calls.Reports;

/// <summary>
/// Writes report.html from the call report components (<see cref="CallReportDocument"/>): the two-minute summary
/// (counts, four charts as inline SVG, interviewers, common concerns, follow-ups, candidates), then one section per
/// call whose quotes link to the utterance they come from in the call's transcript (included, collapsed).
/// </summary>
public static class CallHtmlReportWriter
{
    public static Task<string> RenderAsync(CallReport report, IReadOnlyDictionary<string, CallTranscript> transcripts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(transcripts);
        return Workflows.Reports.ComponentRenderer.RenderAsync<CallReportDocument>(
            new Dictionary<string, object?>
            {
                [nameof(CallReportDocument.Report)] = report,
                [nameof(CallReportDocument.Transcripts)] = transcripts,
            },
            cancellationToken);
    }

    /// <summary>The id of a call's section; its transcript turns are "{anchor}-t{turn}".</summary>
    internal static string Anchor(string callId) => "call-" + callId;

    internal static string Counts(IReadOnlyDictionary<string, int> counts) => string.Join(", ", counts.Select(p => $"{p.Key} {p.Value}"));
}
