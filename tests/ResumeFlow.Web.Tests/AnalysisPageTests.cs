using Microsoft.Playwright;
using ResumeFlow.Testing.Analysis;
using static Microsoft.Playwright.Assertions;

namespace ResumeFlow.Web.Tests;

/// <summary>AnalyzeResume from the browser: started on a candidate's page, followed live, read with the report's own components.</summary>
[Collection(WebAppFixture.Collection)]
public sealed class AnalysisPageTests(WebAppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Analysis_started_from_a_candidate_page_shows_sections_progressing_and_ends_with_a_plan()
    {
        // The simulator's content filter on the summary: it falls back to the deterministic analysis, whose suggestions
        // the CV supports (the simulator's invented ones it does not), so the plan has entries. The other five sections
        // are the LLM's, one call at a time with the simulator's latency: seconds of progress to watch.
        const string filtered = " [[sim:content_filter x99]]";
        var cv = AnalysisSamples.Cv().Replace("building APIs.", "building APIs." + filtered, StringComparison.Ordinal) + """


            PROJECTS
            Booking API: a Python and PostgreSQL service answering two million requests a day.

            CERTIFICATIONS
            AWS Certified Developer - Associate, 2021
            """;
        using var api = new WebApi(app);
        var candidateId = await api.UploadCvAsync("jane-doe-analysis.txt", System.Text.Encoding.UTF8.GetBytes(cv), Ct);
        try
        {
            var jobId = await api.SaveJobAsync(AnalysisSamples.Job, Ct);
            var screeningId = await api.ScreenAsync(jobId, [candidateId], Ct);
            await using var context = await app.NewContextAsync();
            var page = await app.SignedInPageAsync(context);

            await page.GotoAsync($"/candidates/{candidateId}?screening={Uri.EscapeDataString(screeningId)}");

            // The configured deployments are offered; choosing one sends it with the request (the API refuses unknown ones).
            await page.GetByLabel("Deployment").SelectOptionAsync("gpt-4o-mini");
            await page.GetByRole(AriaRole.Button, new() { Name = "Run a detailed analysis for this job" }).ClickAsync();
            await page.WaitForURLAsync("**/analyses/**");
            var analysisId = Uri.UnescapeDataString(new Uri(page.Url).Segments[^1]);
            Assert.Contains("gpt-4o-mini", (await api.StatusAsync(analysisId, Ct)).GetProperty("input").GetRawText(), StringComparison.Ordinal);
            await page.EvaluateAsync("() => { window.__sameDocument = true; }");

            // Sections progress in place (the custom status, polled), then the result panel is swapped in.
            var seen = new List<string>();
            var plan = page.Locator("#analysis-result #plan");
            var deadline = DateTime.UtcNow.AddMinutes(3);
            while (await plan.CountAsync() == 0 && DateTime.UtcNow < deadline)
            {
                var snapshot = await page.Locator("#analysis-progress").InnerTextAsync();
                if (seen.Count == 0 || seen[^1] != snapshot)
                {
                    seen.Add(snapshot);
                }

                await Task.Delay(100, Ct);
            }

            await Expect(plan).ToHaveCountAsync(1);
            await Expect(page.Locator("#analysis-progress [data-field='runtimeStatus']")).ToHaveTextAsync("Completed");
            await Expect(page.Locator("#analysis-progress [data-field='done']")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^([1-9]\d*) / \1$"));
            Assert.True(seen.Count >= 2, $"the section progress never changed: {string.Join(" | ", seen)}");
            Assert.True(await page.EvaluateAsync<bool>("() => window.__sameDocument === true"), "the page reloaded");

            // The report's components: the weighted score, the sections table with what produced each, the plan and the downloads.
            await Expect(page.Locator("#overall-score strong")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+(\.\d)?$"));
            var rows = page.Locator("#analysis-result table#sections tbody tr");
            Assert.True(await rows.CountAsync() >= 3);
            var producers = await rows.Locator("td:nth-child(4)").AllInnerTextsAsync();
            Assert.Contains("gpt-4o-mini", producers);
            Assert.Contains("deterministic", producers);
            Assert.True(await page.Locator("#plan li").CountAsync() > 0, "the plan is empty");
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "tailored.docx" })).ToBeVisibleAsync();
            await WebAppFixture.ScreenshotAsync(page, "analysis");

            // The list shows it with its candidate, job, status and score.
            await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Analyses" }).ClickAsync();
            var listed = page.Locator("#analyses tbody tr").Filter(new() { HasText = "Completed" });
            await Expect(listed.First).ToBeVisibleAsync();
            await Expect(listed.First.Locator("td").Nth(1)).Not.ToHaveTextAsync("—");
            await WebAppFixture.ScreenshotAsync(page, "analyses");
        }
        finally
        {
            await api.EraseCandidateAsync(candidateId, CancellationToken.None);
        }
    }
}
