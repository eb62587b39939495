using ResumeFlow.Workflows.Batches;

namespace ResumeFlow.Batches.Tests;

/// <summary>cost.html, rendered from the batch cost components.</summary>
public sealed class BatchCostReportTests
{
    [Fact]
    public async Task Cost_html_has_a_row_per_file_and_the_total_and_says_when_a_price_is_unknown()
    {
        var known = new BatchTally("gpt-4o-mini", Batches: 1, Lines: 40, Done: 39, Failed: 1, InputTokens: 12_345, OutputTokens: 678, BatchCostUsd: 0.0123m, StandardCostUsd: 0.0246m);
        var unknown = new BatchTally("gpt-4o-mini", Batches: 1, Lines: 10, Done: 10, BatchCostUsd: null, StandardCostUsd: null);
        var report = new BatchCostReportInput("job-<b>1</b>", known.Add(unknown), [known, unknown]);

        var html = await BatchCostReportWriter.HtmlAsync(report, TestContext.Current.CancellationToken);

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<td>file 1</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>file 2</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Total</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>12,345</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>$0.0123</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>price unknown</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>1</b>", html, StringComparison.Ordinal);
        Assert.Contains("job-&lt;b&gt;1&lt;/b&gt;", html, StringComparison.Ordinal);
    }
}
