using Microsoft.Playwright;
using ResumeFlow.Testing;
using static Microsoft.Playwright.Assertions;

namespace ResumeFlow.Web.Tests;

/// <summary>Screening-call transcripts dropped on the Calls page become a report page with its charts and an error row per unreadable file.</summary>
[Collection(WebAppFixture.Collection)]
public sealed class CallsPageTests(WebAppFixture app)
{
    private static readonly string Calls = Path.Combine(RepositoryPaths.Root ?? throw new InvalidOperationException("repository root (Functions.sln) not found"), "samples", "calls");

    [Fact]
    public async Task Uploaded_transcripts_produce_a_report_page_with_its_charts_and_a_per_file_error_row()
    {
        await using var context = await app.NewContextAsync();
        var page = await app.SignedInPageAsync(context);
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Calls" }).ClickAsync();
        string[] files =
        [
            Path.Combine(Calls, "gen-01-amara-okafor.teams.vtt"),
            Path.Combine(Calls, "gen-03-mei-tanaka.srt"),
            Path.Combine(Calls, "gen-04-diego-alvarez.txt"),
            Path.Combine(Calls, "broken-empty.txt"),
        ];

        await page.GetByLabel("Drop transcripts (.vtt, .srt, .txt, JSON or CSV exports) here, or choose them").SetInputFilesAsync(files);
        await Expect(page.Locator("#call-uploads tbody tr")).ToHaveCountAsync(files.Length);
        await page.GetByRole(AriaRole.Button, new() { Name = "Analyse calls" }).ClickAsync();
        await page.WaitForURLAsync("**/calls/**");
        await page.EvaluateAsync("() => { window.__sameDocument = true; }");

        // The report panel replaces the placeholder when the run completes; its charts are images from the host.
        var charts = page.Locator("#call-report .charts img");
        await Expect(charts).ToHaveCountAsync(4, new() { Timeout = 180_000 });
        await Expect(page.Locator("#calls-progress [data-field='runtimeStatus']")).ToHaveTextAsync("Completed");
        await Expect(page.Locator("#calls-progress [data-field='counts']")).ToHaveTextAsync("3 / 3");
        Assert.True(await page.EvaluateAsync<bool>("() => window.__sameDocument === true"), "the page reloaded");
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('#call-report .charts img')].every(i => i.complete && i.naturalWidth > 0)");

        var errorRow = page.Locator("#unreadable-files tr").Filter(new() { HasText = "broken-empty.txt" });
        await Expect(errorRow).ToHaveCountAsync(1);
        await Expect(errorRow.Locator("td").Nth(1)).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[a-z_]+$"));
        Assert.Equal(3, await page.Locator("#call-report section.call").CountAsync());
        await WebAppFixture.ScreenshotAsync(page, "calls-report");

        // The list shows the run with its counts.
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Calls" }).ClickAsync();
        await Expect(page.Locator("#call-runs tbody tr").Filter(new() { HasText = "Completed" }).First).ToBeVisibleAsync();
        await WebAppFixture.ScreenshotAsync(page, "calls");
    }
}
