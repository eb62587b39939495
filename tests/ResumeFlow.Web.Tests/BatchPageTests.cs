using System.Security.Cryptography;
using System.Text;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ResumeFlow.Web.Tests;

/// <summary>A batch extraction run submitted from the Batches page is followed live and ends with its cost table.</summary>
[Collection(WebAppFixture.Collection)]
public sealed class BatchPageTests(WebAppFixture app)
{
    [Fact]
    public async Task A_batch_submitted_from_the_page_shows_its_status_and_then_its_cost_table()
    {
        await using var context = await app.NewContextAsync();
        var page = await app.SignedInPageAsync(context);

        // A batch job takes the pending candidates in id order; this CV's id (the SHA-256 of its bytes) sorts first,
        // so a job of one candidate extracts it and leaves the CVs other tests uploaded alone.
        var cv = FirstInIdOrder(OwnCandidate.Cv("Bao Batchcase", "Data engineer. Python, SQL and Spark since 2018."));
        var candidate = await OwnCandidate.UploadAsync(page, "Bao Batchcase", cv, $"batch-{Guid.NewGuid():N}.txt");
        try
        {
            await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Batches" }).ClickAsync();
            await page.GetByLabel("Candidates per job").FillAsync("1");
            await page.GetByRole(AriaRole.Button, new() { Name = "Submit batch run" }).ClickAsync();
            await page.WaitForURLAsync("**/batches/**");

            var cost = page.Locator("#batch-cost table.batch-cost");
            await Expect(cost).ToBeVisibleAsync(new() { Timeout = 180_000 });
            await Expect(page.Locator("#batch-progress [data-field='runtimeStatus']")).ToHaveTextAsync("Completed");
            var total = cost.Locator("tbody tr").Last;
            await Expect(total.Locator("td, th").First).ToHaveTextAsync("Total");
            await Expect(total).ToContainTextAsync("$");
            await Expect(total.Locator("td").Nth(2)).ToHaveTextAsync("1");
            await WebAppFixture.ScreenshotAsync(page, "batch-cost");

            await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Batches" }).ClickAsync();
            await Expect(page.Locator("#batch-runs tbody tr").First).ToContainTextAsync("Completed");
        }
        finally
        {
            await candidate.EraseAsync(page);
        }
    }

    private static string FirstInIdOrder(string text)
    {
        for (var nonce = 0; ; nonce++)
        {
            var candidate = $"{text}ref {nonce}\n";
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes(candidate));
            if (hash[0] == 0 && hash[1] < 0x10)
            {
                return candidate;
            }
        }
    }
}
