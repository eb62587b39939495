using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ResumeFlow.Web.Tests;

/// <summary>Only the login form and the static shell load without the key; the session is an HttpOnly, SameSite=Strict cookie.</summary>
[Collection(WebAppFixture.Collection)]
public sealed class SignInTests(WebAppFixture app)
{
    [Fact]
    public async Task A_wrong_key_is_refused_and_the_pages_stay_closed()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();

        var first = await page.GotoAsync("/candidates");
        Assert.EndsWith("/login?returnUrl=%2Fcandidates", page.Url, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", first!.Headers["content-security-policy"], StringComparison.Ordinal);

        await page.GetByLabel("Host key").FillAsync("not-the-key");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(page.Locator("#login-error")).ToHaveTextAsync("That key is not valid.");
        await WebAppFixture.ScreenshotAsync(page, "sign-in-wrong-key");
        Assert.DoesNotContain(await context.CookiesAsync(), c => c.Name == "resumeflow_session");
        var api = await page.APIRequest.GetAsync("/api/cvs");
        Assert.Equal(401, api.Status);
    }

    [Fact]
    public async Task The_right_key_gives_a_session_cookie_scripts_cannot_read_and_writes_need_the_page_token()
    {
        await using var context = await app.NewContextAsync();
        var page = await app.SignedInPageAsync(context);

        var session = Assert.Single(await context.CookiesAsync(), c => c.Name == "resumeflow_session");
        Assert.True(session.HttpOnly);
        Assert.Equal(SameSiteAttribute.Strict, session.SameSite);
        Assert.DoesNotContain(WebAppFixture.ApiKey, session.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("resumeflow_session", await page.EvaluateAsync<string>("document.cookie"), StringComparison.Ordinal);
        await WebAppFixture.ScreenshotAsync(page, "signed-in");

        // The cookie alone does not let another page write: a write needs the page's antiforgery header too.
        var forged = await page.APIRequest.PostAsync("/api/jobs", new() { DataObject = new { text = "Senior engineer, C# required" } });
        Assert.Equal(403, forged.Status);
        Assert.Contains("antiforgery_token_invalid", await forged.TextAsync(), StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page.GetByLabel("Host key")).ToBeVisibleAsync();
        Assert.Equal(401, (await page.APIRequest.GetAsync("/api/cvs")).Status);
    }
}
