using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ResumeFlow.Workflows.Analysis.Reports;

/// <summary>The four outputs of an analysis: analysis.json, analysis.md, analysis.html (section table and plan) and tailored.docx.</summary>
public static class AnalysisReportWriters
{
    public const string Json = "analysis.json";
    public const string Markdown = "analysis.md";
    public const string Html = "analysis.html";
    public const string Docx = "tailored.docx";

    public static IReadOnlyList<string> Files { get; } = [Json, Markdown, Html, Docx];

    /// <summary>The media type each file is served with.</summary>
    public static string ContentType(string file) => file switch
    {
        Json => "application/json; charset=utf-8",
        Markdown => "text/markdown; charset=utf-8",
        Html => "text/html; charset=utf-8",
        Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        _ => throw new ArgumentOutOfRangeException(nameof(file), file, "Unknown analysis report file."),
    };

    public static async Task<byte[]> WriteAsync(string file, AnalysisReport report, CancellationToken cancellationToken = default) => file switch
    {
        Json => System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(report, AnalysisJson.Options),
        Markdown => Encoding.UTF8.GetBytes(ToMarkdown(report)),
        Html => Encoding.UTF8.GetBytes(await ToHtmlAsync(report, cancellationToken).ConfigureAwait(false)),
        Docx => ToDocx(report.TailoredMarkdown),
        _ => throw new ArgumentOutOfRangeException(nameof(file), file, "Unknown analysis report file."),
    };

    public static string ToMarkdown(AnalysisReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var b = new StringBuilder();
        b.Append("# Analysis against ").Append(report.JobTitle).Append("\n\nOverall score: **").Append(Number(report.OverallScore)).Append("**\n\n");
        b.Append("| Section | State | Score | Produced by | Note |\n|---|---|---|---|---|\n");
        foreach (var o in report.Outcomes)
        {
            b.Append("| ").Append(o.Section).Append(" | ").Append(o.State).Append(" | ").Append(o.Score is { } s ? Number(s) : "-")
                .Append(" | ").Append(o.ProducedBy ?? "-").Append(" | ").Append((o.Reason ?? "").Replace("|", "/", StringComparison.Ordinal)).Append(" |\n");
        }

        b.Append("\n## Plan (by expected gain)\n\n");
        foreach (var (p, i) in report.Plan.Select((p, i) => (p, i + 1)))
        {
            b.Append(i.ToString(CultureInfo.InvariantCulture)).Append(". [").Append(p.Section).Append("] ").Append(Describe(p)).Append(" (+").Append(Number(p.ExpectedGain)).Append(")\n");
        }

        b.Append("\nSuggestions dropped as unsupported by the CV: ").Append(report.SuggestionsDropped.ToString(CultureInfo.InvariantCulture)).Append('\n');
        return b.ToString();
    }

    /// <summary>analysis.html, rendered from the analysis components (<see cref="Components.AnalysisReportDocument"/>).</summary>
    public static Task<string> ToHtmlAsync(AnalysisReport report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Workflows.Reports.ComponentRenderer.RenderAsync<Components.AnalysisReportDocument>(
            new Dictionary<string, object?> { [nameof(Components.AnalysisReportDocument.Report)] = report },
            cancellationToken);
    }

    /// <summary>The tailored draft as a Word document: headings bold, one paragraph per line.</summary>
    public static byte[] ToDocx(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            foreach (var raw in markdown.Split('\n'))
            {
                var line = raw.TrimEnd();
                if (line.Length == 0)
                {
                    continue;
                }

                var heading = line.StartsWith("## ", StringComparison.Ordinal);
                var run = new Run(new Text(heading ? line[3..] : line) { Space = SpaceProcessingModeValues.Preserve });
                if (heading)
                {
                    run.RunProperties = new RunProperties(new Bold(), new FontSize { Val = "28" });
                }

                body.Append(new Paragraph(run));
            }

            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    /// <summary>A plan item as one sentence (the reports and the CLI say it the same way).</summary>
    public static string Describe(AnalysisSuggestion p) => p.Kind switch
    {
        SuggestionKind.AddKeyword => $"Add the keyword \"{p.Text}\" (shown by: {p.Evidence})",
        SuggestionKind.Reorder => $"Move \"{p.Evidence}\" to the top",
        _ => $"Rephrase \"{p.Evidence}\" as \"{p.Text}\"",
    };

    internal static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
