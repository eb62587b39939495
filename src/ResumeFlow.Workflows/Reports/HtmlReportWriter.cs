using System.Text;
using ResumeFlow.Workflows.Reports.Components;

namespace ResumeFlow.Workflows.Reports;

/// <summary>
/// Writes report.html with <see cref="ComponentRenderer"/> over the same Razor components the host's screening
/// page shows (<see cref="ScreeningReportDocument"/>): a self-contained page (no scripts, no external assets)
/// with the totals, the cost, the score-distribution chart and the top-N table with each candidate's evidence.
/// </summary>
public static class HtmlReportWriter
{
    public const string ContentType = "text/html; charset=utf-8";

    public static async Task WriteAsync(ScreeningReport report, int topN, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var html = await RenderAsync(report, topN, cancellationToken).ConfigureAwait(false);
        await output.WriteAsync(Encoding.UTF8.GetBytes(html), cancellationToken).ConfigureAwait(false);
    }

    public static Task<string> RenderAsync(ScreeningReport report, int topN, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        return ComponentRenderer.RenderAsync<ScreeningReportDocument>(
            new Dictionary<string, object?>
            {
                [nameof(ScreeningReportDocument.Report)] = report,
                [nameof(ScreeningReportDocument.TopN)] = topN,
            },
            cancellationToken);
    }
}
