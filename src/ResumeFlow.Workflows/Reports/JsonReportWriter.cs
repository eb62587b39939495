using System.Text.Json;

namespace ResumeFlow.Workflows.Reports;

/// <summary>Writes report.json: the whole report model.</summary>
public static class JsonReportWriter
{
    public const string ContentType = "application/json";

    public static Task WriteAsync(ScreeningReport report, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        return JsonSerializer.SerializeAsync(output, report, ScreeningJson.Options, cancellationToken);
    }
}
