using System.Globalization;
using ResumeFlow.Core.Calls.Aggregation;
using ResumeFlow.Core.Calls;
using ScottPlot;

namespace ResumeFlow.Workflows.Calls.Reports;

/// <summary>The report's charts, drawn with ScottPlot as inline SVG so report.html is one self-contained file.</summary>
public static class CallCharts
{
    /// <summary>The report's charts by name, in report order (also the names the host serves them under as <c>{name}.svg</c>).</summary>
    public static IReadOnlyList<string> Names { get; } = ["outcomes", "sentiments", "talk-share", "durations"];

    /// <summary>The chart's title, its alternative text where it is shown as an image.</summary>
    public static string Title(string name) => name switch
    {
        "outcomes" => "Outcomes",
        "sentiments" => "Candidate sentiment",
        "talk-share" => "Interviewer talk-time share (average per call)",
        "durations" => "Call duration",
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Not a chart of the call report."),
    };

    /// <summary>One of <see cref="Names"/> drawn from the report as SVG.</summary>
    public static string Render(string name, CallReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return name switch
        {
            "outcomes" => Outcomes(report.Aggregate),
            "sentiments" => Sentiments(report.Aggregate),
            "talk-share" => InterviewerTalkShare(report.Aggregate),
            "durations" => Durations(report.Calls),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Not a chart of the call report."),
        };
    }

    public static string Outcomes(CallAnalysisAggregate aggregate)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        return Bars(Title("outcomes"), "calls", aggregate.Outcomes.Select(p => (p.Key, (double)p.Value)).ToList(), Colors.SteelBlue);
    }

    public static string Sentiments(CallAnalysisAggregate aggregate)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        return Bars(Title("sentiments"), "calls", aggregate.Sentiments.Select(p => (p.Key, (double)p.Value)).ToList(), Colors.SeaGreen);
    }

    public static string InterviewerTalkShare(CallAnalysisAggregate aggregate)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        return Bars(Title("talk-share"), "% of talk time", aggregate.Interviewers.Select(i => (i.Interviewer, Math.Round(i.AverageTalkShare * 100, 1))).ToList(), Colors.DarkOrange);
    }

    /// <summary>Calls per whole minute of duration.</summary>
    public static string Durations(IReadOnlyList<CallAnalysis> calls)
    {
        ArgumentNullException.ThrowIfNull(calls);
        var minutes = calls.Select(c => (int)Math.Floor(c.Metrics.DurationSeconds / 60)).ToList();
        var max = minutes.Count == 0 ? 0 : minutes.Max();
        var bins = Enumerable.Range(0, max + 1)
            .Select(m => (string.Create(CultureInfo.InvariantCulture, $"{m}-{m + 1}"), (double)minutes.Count(x => x == m)))
            .ToList();
        return Bars(Title("durations"), "calls", bins, Colors.SlateBlue, "minutes");
    }

    private static string Bars(string title, string yLabel, List<(string Label, double Value)> values, Color color, string? xLabel = null)
    {
        var plot = new Plot();
        try
        {
            var bars = values.Select((v, i) => new Bar { Position = i, Value = v.Value, FillColor = color }).ToList();
            plot.Add.Bars(bars);
            plot.Axes.Bottom.SetTicks(values.Select((_, i) => (double)i).ToArray(), values.Select(v => v.Label).ToArray());
            plot.Axes.Margins(bottom: 0);
            plot.Title(title);
            plot.YLabel(yLabel);
            if (xLabel is not null)
            {
                plot.XLabel(xLabel);
            }

            return plot.GetSvgXml(480, 280);
        }
        finally
        {
            plot.Dispose();
        }
    }
}
