using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ResumeFlow.Web.Tests;

/// <summary>A file that cannot be read is shown as an error row with its stable code, and markup in its name stays text.</summary>
[Collection(WebAppFixture.Collection)]
public sealed class UploadErrorTests(WebAppFixture app)
{
    [Fact]
    public async Task A_broken_file_is_shown_as_an_error_row_with_its_code()
    {
        await using var context = await app.NewContextAsync();
        var page = await app.SignedInPageAsync(context);
        await page.GotoAsync("/candidates");

        const string name = "<img src=x onerror=alert(1)>broken.pdf";
        await page.GetByLabel("Drop PDF, DOCX, TXT or Markdown files here, or choose them").SetInputFilesAsync(new FilePayload
        {
            Name = name,
            MimeType = "application/pdf",
            Buffer = "%PDF-1.7\nthis is not a PDF body at all\n"u8.ToArray(),
        });

        var row = page.Locator("#uploads tbody tr.error-row");
        await Expect(row).ToHaveCountAsync(1, new() { Timeout = 120_000 });
        await Expect(row.Locator("td").Nth(2)).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[a-z_]+: "));
        Assert.Equal(0, await page.Locator("#uploads img").CountAsync());
        await WebAppFixture.ScreenshotAsync(page, "upload-error");
    }
}
