using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using ResumeFlow.Workflows.Reports.Components;

namespace ResumeFlow.Workflows.Reports;

/// <summary>
/// Writes report.html with <see cref="HtmlRenderer"/> over the same Razor components the host's screening
/// page shows (<see cref="ScreeningReportDocument"/>): a self-contained page (no scripts, no external assets)
/// with the totals, the cost, the score-distribution chart and the top-N table with each candidate's evidence.
/// </summary>
public static class HtmlReportWriter
{
    public const string ContentType = "text/html; charset=utf-8";

    /// <summary>Razor's encoder, letting every script through unescaped: names like "Müller" stay readable in the file; markup is still encoded.</summary>
    private static readonly ServiceProvider RendererServices = new ServiceCollection()
        .AddSingleton(HtmlEncoder.Create(UnicodeRanges.All))
        .BuildServiceProvider();

    public static async Task WriteAsync(ScreeningReport report, int topN, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var html = await RenderAsync(report, topN, cancellationToken).ConfigureAwait(false);
        await output.WriteAsync(Encoding.UTF8.GetBytes(html), cancellationToken).ConfigureAwait(false);
    }

    public static async Task<string> RenderAsync(ScreeningReport report, int topN, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        cancellationToken.ThrowIfCancellationRequested();
        await using var renderer = new HtmlRenderer(RendererServices, NullLoggerFactory.Instance);
        var parameters = ParameterView.FromDictionary(new Dictionary<string, object?>
        {
            [nameof(ScreeningReportDocument.Report)] = report,
            [nameof(ScreeningReportDocument.TopN)] = topN,
        });
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<ScreeningReportDocument>(parameters).ConfigureAwait(false);
            return output.ToHtmlString();
        }).ConfigureAwait(false);
    }
}
