using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ResumeFlow.Web.Tests;

/// <summary>Signing out ends the session on the server, not only in this browser.</summary>
[Collection(WebAppFixture.Collection)]
public sealed class SignOutTests(WebAppFixture app)
{
    [Fact]
    public async Task A_session_cookie_replayed_after_sign_out_gets_401()
    {
        await using var context = await app.NewContextAsync();
        var page = await app.SignedInPageAsync(context);
        var session = Assert.Single(await context.CookiesAsync(), c => c.Name == "resumeflow_session");
        // Another browser context holds a copy of the cookie value, as a thief would.
        await using var other = await app.NewContextAsync();
        var copy = new APIRequestContextOptions { Headers = new Dictionary<string, string> { ["Cookie"] = $"resumeflow_session={session.Value}" } };
        Assert.Equal(200, (await other.APIRequest.GetAsync("/api/cvs", copy)).Status);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page.GetByLabel("Host key")).ToBeVisibleAsync();
        await WebAppFixture.ScreenshotAsync(page, "signed-out");

        var replayed = await other.APIRequest.GetAsync("/api/cvs", copy);
        Assert.Equal(401, replayed.Status);
        Assert.Contains("api_key_required", await replayed.TextAsync(), StringComparison.Ordinal);
    }
}
