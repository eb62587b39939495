using System.Globalization;
using ScottPlot;

namespace ResumeFlow.Workflows.Reports;

/// <summary>The score-distribution bar chart of the HTML report, drawn with ScottPlot as inline SVG.</summary>
public static class ScoreDistributionChart
{
    public static string RenderSvg(IReadOnlyList<ScoreBin> bins, double threshold, int width = 720, int height = 300)
    {
        ArgumentNullException.ThrowIfNull(bins);
        var plot = new Plot();
        try
        {
            var bars = bins.Select(b => new Bar
            {
                Position = (b.From + b.To) / 2.0,
                Value = b.Count,
                Size = b.To - b.From - 1,
                FillColor = b.From >= threshold ? Colors.SeaGreen : Colors.SteelBlue,
            }).ToList();
            plot.Add.Bars(bars);
            var line = plot.Add.VerticalLine(threshold);
            line.LinePattern = LinePattern.Dashed;
            line.Color = Colors.DarkRed;
            line.LabelText = "threshold " + threshold.ToString("0", CultureInfo.InvariantCulture);
            plot.Axes.Margins(bottom: 0);
            plot.Axes.SetLimitsX(0, 100);
            plot.Title("Score distribution");
            plot.XLabel("score");
            plot.YLabel("candidates");
            return plot.GetSvgXml(width, height);
        }
        finally
        {
            plot.Dispose();
        }
    }
}
