using Microsoft.Playwright;
using ResumeFlow.Testing;
using static Microsoft.Playwright.Assertions;

namespace ResumeFlow.Web.Tests;

/// <summary>What a recruiter does: drop the CVs in, paste the job, start the screening, watch it, read the evidence.</summary>
[Collection(WebAppFixture.Collection)]
public sealed class RecruiterFlowTests(WebAppFixture app)
{
    private static readonly string Samples = Path.Combine(RepositoryPaths.Root ?? throw new InvalidOperationException("repository root (Functions.sln) not found"), "samples");

    [Fact]
    public async Task Uploaded_cvs_are_screened_live_and_a_candidate_shows_the_cv_line_behind_a_score()
    {
        await using var context = await app.NewContextAsync();
        var page = await app.SignedInPageAsync(context);
        var timeout = new LocatorAssertionsToHaveCountOptions { Timeout = 180_000 };

        // 1. Candidates: upload every sample CV at once; each row ends ingested.
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Candidates" }).ClickAsync();
        var cvs = Directory.GetFiles(Path.Combine(Samples, "cvs")).Order(StringComparer.Ordinal).ToArray();
        await page.GetByLabel("Drop PDF, DOCX, TXT or Markdown files here, or choose them").SetInputFilesAsync(cvs);
        await Expect(page.Locator("#uploads tbody tr[data-status='ingested']")).ToHaveCountAsync(cvs.Length, timeout);
        await WebAppFixture.ScreenshotAsync(page, "candidates-uploaded");

        // Search by skill reads the search index the ingestion kept up to date.
        await page.ReloadAsync();
        await page.GetByLabel("Search by name, file or skill").FillAsync("kubernetes");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        var found = await page.Locator("#candidates tbody tr").CountAsync();
        Assert.InRange(found, 1, cvs.Length - 1);

        // 2. Jobs: paste the job; the analysed requirements are shown.
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Jobs" }).ClickAsync();
        await page.GetByLabel("Job description").FillAsync(await File.ReadAllTextAsync(Path.Combine(Samples, "jobs", "backend-engineer.md"), TestContext.Current.CancellationToken));
        await page.GetByRole(AriaRole.Button, new() { Name = "Analyse job" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Analysed requirements" })).ToBeVisibleAsync();
        Assert.True(await page.Locator("#must-haves li").CountAsync() > 0);
        await WebAppFixture.ScreenshotAsync(page, "job-analysed");

        // 3. Screening: start it; the progress changes without a reload, then the ranked table appears.
        await page.GetByRole(AriaRole.Button, new() { Name = "Start screening of every candidate" }).ClickAsync();
        await page.WaitForURLAsync("**/screenings/**");
        await page.EvaluateAsync("() => { window.__sameDocument = true; }");
        var seen = new List<string>();
        var table = page.Locator("#results-table tbody tr");
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (await table.CountAsync() == 0 && DateTime.UtcNow < deadline)
        {
            var snapshot = await page.Locator("#progress .stats").InnerTextAsync();
            if (seen.Count == 0 || seen[^1] != snapshot)
            {
                seen.Add(snapshot);
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        await Expect(table).ToHaveCountAsync(cvs.Length, timeout);
        Assert.Contains("Completed", await page.Locator("[data-field='runtimeStatus']").InnerTextAsync(), StringComparison.Ordinal);

        // The final state counts too: with warm code (other web tests screened first) the deterministic phase can be
        // over before the first sample, and the LLM chunk reports once, so the sampler may see only that state and the end.
        var final = await page.Locator("#progress .stats").InnerTextAsync();
        if (seen.Count == 0 || seen[^1] != final)
        {
            seen.Add(final);
        }
        Assert.True(seen.Count >= 2, $"the progress panel never changed: {string.Join(" | ", seen)}");
        Assert.True(await page.EvaluateAsync<bool>("() => window.__sameDocument === true"), "the page reloaded");
        await WebAppFixture.ScreenshotAsync(page, "screening");
        await page.SetViewportSizeAsync(390, 844);
        await WebAppFixture.ScreenshotAsync(page, "screening-phone");
        await page.SetViewportSizeAsync(1280, 900);

        // Filter: only passed candidates.
        await page.GetByLabel("Show").SelectOptionAsync("passed");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        var passed = await page.Locator("#results-table tbody tr").CountAsync();
        Assert.InRange(passed, 0, cvs.Length - 1);
        Assert.Equal(passed, await page.Locator("#results-table tbody .badge.pass").CountAsync());

        // 4. Candidate detail: the best candidate's requirements with the CV line that proves each one.
        await page.GetByLabel("Show").SelectOptionAsync("all");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await page.Locator("#results-table tbody tr").First.GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Screening result" })).ToBeVisibleAsync();
        var evidence = page.Locator(".requirements-table q.evidence").First;
        await Expect(evidence).ToBeVisibleAsync();
        Assert.False(string.IsNullOrWhiteSpace(await evidence.InnerTextAsync()));
        await WebAppFixture.ScreenshotAsync(page, "candidate");
    }
}
