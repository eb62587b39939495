using System.Text;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ResumeFlow.Web.Tests;

/// <summary>
/// A CV a test uploads through the Candidates page and erases again, so the shared host's other tests (which
/// screen every ingested candidate) never see it. The API calls it makes use the host key, as any client would.
/// </summary>
internal sealed record OwnCandidate(string Id, string Name, string FileName)
{
    public static async Task<OwnCandidate> UploadAsync(IPage page, string name, string text, string fileName)
    {
        await page.GotoAsync("/candidates");
        await page.GetByLabel("Drop PDF, DOCX, TXT or Markdown files here, or choose them").SetInputFilesAsync(new FilePayload
        {
            Name = fileName,
            MimeType = "text/plain",
            Buffer = Encoding.UTF8.GetBytes(text),
        });
        await Expect(page.Locator("#uploads tbody tr[data-status='ingested']")).ToHaveCountAsync(1, new() { Timeout = 120_000 });

        await page.GotoAsync("/candidates?q=" + Uri.EscapeDataString(fileName));
        var link = page.Locator("#candidates tbody tr").GetByRole(AriaRole.Link);
        await Expect(link).ToHaveCountAsync(1);
        var href = await link.GetAttributeAsync("href") ?? throw new InvalidOperationException("no candidate link");
        return new OwnCandidate(href["/candidates/".Length..], name, fileName);
    }

    /// <summary>Screens only this candidate (deterministic, rejections provisional) and waits on the screening page for its row.</summary>
    public async Task<string> ScreenAsync(IPage page, string jobText)
    {
        var job = await page.APIRequest.PostAsync("/api/jobs", Keyed(new { text = jobText }));
        Assert.Equal(201, job.Status);
        var jobId = (await job.JsonAsync())!.Value.GetProperty("jobId").GetString();
        var started = await page.APIRequest.PostAsync("/api/screenings", Keyed(new
        {
            jobId,
            candidateIds = new[] { Id },
            options = new { useLlm = false, provisionalRejections = true },
        }));
        Assert.Equal(202, started.Status);
        var screeningId = (await started.JsonAsync())!.Value.GetProperty("id").GetString()!;

        await page.GotoAsync($"/screenings/{screeningId}");
        await Expect(page.Locator("#results-table tbody tr")).ToHaveCountAsync(1, new() { Timeout = 120_000 });
        return screeningId;
    }

    /// <summary>Erases the candidate through the API (a test's cleanup; the erasure test goes through the page).</summary>
    public async Task EraseAsync(IPage page)
    {
        var erased = await page.APIRequest.DeleteAsync($"/api/candidates/{Id}", new() { Headers = KeyHeader });
        Assert.True(erased.Status is 200 or 404, $"erasing the test's own candidate answered {erased.Status}");
    }

    private static Dictionary<string, string> KeyHeader => new() { ["x-functions-key"] = WebAppFixture.ApiKey };

    private static APIRequestContextOptions Keyed(object body) => new() { Headers = KeyHeader, DataObject = body };

    /// <summary>A CV text for a person (a line of their own name first, so the profile finds it).</summary>
    public static string Cv(string name, string body) => $"{name}\n{name.Replace(' ', '.').ToLowerInvariant()}@example.com\n\n{body}\n";
}
