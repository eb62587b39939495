using System.Globalization;
using ResumeFlow.Core.Calls.Aggregation;
using ResumeFlow.Core.Calls;
using ScottPlot;

namespace ResumeFlow.Workflows.Calls.Reports;

/// <summary>The report's charts, drawn with ScottPlot as inline SVG so report.html is one self-contained file.</summary>
public static class CallCharts
{
    public static string Outcomes(CallAnalysisAggregate aggregate)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        return Bars("Outcomes", "calls", aggregate.Outcomes.Select(p => (p.Key, (double)p.Value)).ToList(), Colors.SteelBlue);
    }

    public static string Sentiments(CallAnalysisAggregate aggregate)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        return Bars("Candidate sentiment", "calls", aggregate.Sentiments.Select(p => (p.Key, (double)p.Value)).ToList(), Colors.SeaGreen);
    }

    public static string InterviewerTalkShare(CallAnalysisAggregate aggregate)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        return Bars("Interviewer talk-time share (average per call)", "% of talk time", aggregate.Interviewers.Select(i => (i.Interviewer, Math.Round(i.AverageTalkShare * 100, 1))).ToList(), Colors.DarkOrange);
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
        return Bars("Call duration", "calls", bins, Colors.SlateBlue, "minutes");
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
