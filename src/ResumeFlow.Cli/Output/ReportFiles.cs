using ResumeFlow.Workflows.Screening;

namespace ResumeFlow.Cli.Output;

/// <summary>Copies a screening's stored reports (JSON, CSV, HTML) into a folder; the files are the stored ones, byte for byte.</summary>
internal static class ReportFiles
{
    /// <summary>Where <c>screen</c> writes a screening's reports when no <c>--out</c> is given.</summary>
    public static string DefaultFolder(string screeningId) => Path.Combine("out", "screening-" + screeningId);

    public static async Task<IReadOnlyList<string>> CopyAsync(IScreeningService screening, string screeningId, string folder, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        foreach (var format in new[] { "json", "csv", "html" })
        {
            var report = await screening.OpenReportAsync(screeningId, format, cancellationToken).ConfigureAwait(false);
            await using (report.Content.ConfigureAwait(false))
            {
                var path = Path.Combine(folder, report.Name);
                var file = File.Create(path);
                await using (file.ConfigureAwait(false))
                {
                    await report.Content.CopyToAsync(file, cancellationToken).ConfigureAwait(false);
                }

                written.Add(report.Name);
            }
        }

        return written;
    }
}
