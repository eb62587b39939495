using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ResumeFlow.Web.Tests;

/// <summary>A person stays in control on the candidate page: a provisional rejection is overridden with a name and a reason, and a candidate is erased.</summary>
[Collection(WebAppFixture.Collection)]
public sealed class CandidateOversightTests(WebAppFixture app)
{
    private const string Job = """
        # Platform Engineer
        ## Requirements
        - Must have Kubernetes
        - Must have Terraform
        - Strong Go
        """;

    [Fact]
    public async Task A_provisional_rejection_overridden_by_a_reviewer_shows_who_when_and_why()
    {
        await using var context = await app.NewContextAsync();
        var page = await app.SignedInPageAsync(context);
        var token = Guid.NewGuid().ToString("N")[..8];
        var candidate = await OwnCandidate.UploadAsync(page, "Nadia Reviewcase", OwnCandidate.Cv("Nadia Reviewcase", "Frontend developer. React, CSS and HTML since 2021."), $"review-{token}.txt");
        try
        {
            var screeningId = await candidate.ScreenAsync(page, Job);
            await page.GotoAsync($"/candidates/{candidate.Id}?screening={screeningId}");
            var decision = page.Locator("#decision");
            await Expect(decision).ToHaveAttributeAsync("data-decision", "pending_review");

            await page.GetByLabel("Your name").FillAsync("Ada Reviewer");
            await page.GetByLabel("Override: the candidate passes").CheckAsync();
            await page.GetByLabel("Reason").FillAsync("Strong portfolio; Kubernetes can be learned on the job.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Record review" }).ClickAsync();

            await Expect(decision).ToHaveAttributeAsync("data-decision", "overridden");
            await Expect(decision.Locator("#reviewer")).ToHaveTextAsync("Ada Reviewer");
            await Expect(decision.Locator("#review-reason")).ToHaveTextAsync("Strong portfolio; Kubernetes can be learned on the job.");
            await Expect(decision.Locator("time")).ToHaveAttributeAsync("datetime", new System.Text.RegularExpressions.Regex("^\\d{4}-\\d{2}-\\d{2}T"));
            await Expect(decision.Locator(".badge.pass")).ToBeVisibleAsync();
            await WebAppFixture.ScreenshotAsync(page, "candidate-review-overridden");

            // The screening page's table and summary count the review, as the report files do.
            await page.GotoAsync($"/screenings/{screeningId}");
            await Expect(page.Locator("#results-table .decision")).ToContainTextAsync("overridden by Ada Reviewer");
            await Expect(page.Locator(".report-summary")).ToContainTextAsync("1 reviewed (1 overridden)");
        }
        finally
        {
            await candidate.EraseAsync(page);
        }
    }

    [Fact]
    public async Task Erasing_a_candidate_removes_them_from_the_list_and_marks_the_screening_report_amended()
    {
        await using var context = await app.NewContextAsync();
        var page = await app.SignedInPageAsync(context);
        var token = Guid.NewGuid().ToString("N")[..8];
        var candidate = await OwnCandidate.UploadAsync(page, "Erik Erasecase", OwnCandidate.Cv("Erik Erasecase", "Platform engineer. Kubernetes, Terraform and Go since 2016."), $"erase-{token}.txt");
        try
        {
            var screeningId = await candidate.ScreenAsync(page, Job);
            await page.GotoAsync($"/candidates/{candidate.Id}?screening={screeningId}");
            var button = page.GetByRole(AriaRole.Button, new() { Name = "Erase candidate" });
            await Expect(button).ToBeDisabledAsync();
            await page.GetByLabel("to confirm").FillAsync("not sure");
            await Expect(button).ToBeDisabledAsync();
            await page.GetByLabel("to confirm").FillAsync("erase");
            await Expect(button).ToBeEnabledAsync();
            await WebAppFixture.ScreenshotAsync(page, "candidate-erase-confirm");
            await button.ClickAsync();

            await page.WaitForURLAsync("**/candidates?erased=1");
            await Expect(page.Locator("#erased-notice")).ToBeVisibleAsync();
            await Expect(page.Locator("#candidates")).Not.ToContainTextAsync(candidate.FileName);
            await page.GotoAsync("/candidates?q=" + Uri.EscapeDataString(candidate.FileName));
            await Expect(page.Locator("#candidates tbody tr")).ToHaveCountAsync(0);
            await WebAppFixture.ScreenshotAsync(page, "candidates-after-erasure");

            await page.GotoAsync($"/screenings/{screeningId}");
            await Expect(page.Locator(".amended")).ToContainTextAsync("erased on request");
            await Expect(page.Locator("#results-table tbody tr")).ToHaveCountAsync(0);
            var gone = await page.GotoAsync($"/candidates/{candidate.Id}");
            Assert.Equal(404, gone!.Status);
        }
        finally
        {
            await candidate.EraseAsync(page);
        }
    }
}
