using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using ResumeFlow.Host.Management;

namespace ResumeFlow.IntegrationTests.Security;

/// <summary>Signing out revokes the session on the server, and the revocation outlives a host restart.</summary>
public sealed partial class SessionRevocationTests : IAsyncLifetime
{
    private const string ApiKey = "session-revocation-key";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "resumeflow-session-tests", Guid.NewGuid().ToString("N"));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }

        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task A_signed_out_session_is_refused_after_a_restart_while_another_session_still_works()
    {
        string signedOut;
        string kept;
        await using (var first = Host())
        {
            signedOut = await SignInAsync(first);
            kept = await SignInAsync(first);
            await SignOutAsync(first, signedOut);
            Assert.Equal(HttpStatusCode.Unauthorized, await ReadWithAsync(first, signedOut));
        }

        await using var second = Host();

        Assert.Equal(HttpStatusCode.Unauthorized, await ReadWithAsync(second, signedOut));
        Assert.Equal(HttpStatusCode.OK, await ReadWithAsync(second, kept));
    }

    private WebApplicationFactory<HttpManagementPayload> Host() => new WebApplicationFactory<HttpManagementPayload>().WithWebHostBuilder(web =>
    {
        web.UseSetting("Host:ApiKey", ApiKey);
        web.UseSetting("Host:DataDirectory", _folder);
        web.UseSetting("Storage:Artifacts:RootPath", Path.Combine(_folder, "artifacts"));
        web.UseSetting("Storage:Documents:DatabasePath", Path.Combine(_folder, "documents.db"));
        web.UseSetting("Durable:DatabasePath", Path.Combine(_folder, "durable.db"));
    });

    // The login form as a browser posts it: its antiforgery field and cookie, the key; answers with the session cookie value.
    private static async Task<string> SignInAsync(WebApplicationFactory<HttpManagementPayload> host)
    {
        using var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var form = await client.GetStringAsync("/login", Ct);
        using var posted = await client.PostAsync("/login", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", Token(form)),
            new("_handler", "login"),
            new("Key", ApiKey),
        ]), Ct);
        var session = posted.Headers.GetValues("Set-Cookie").Select(c => SessionCookie().Match(c)).Single(m => m.Success);
        return session.Groups[1].Value;
    }

    private static async Task SignOutAsync(WebApplicationFactory<HttpManagementPayload> host, string session)
    {
        using var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.Add("Cookie", "resumeflow_session=" + session);
        var page = await client.GetStringAsync("/candidates", Ct);
        using var posted = await client.PostAsync("/logout", new FormUrlEncodedContent([new("__RequestVerificationToken", Token(page))]), Ct);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
    }

    private static async Task<HttpStatusCode> ReadWithAsync(WebApplicationFactory<HttpManagementPayload> host, string session)
    {
        using var client = host.CreateClient();
        client.DefaultRequestHeaders.Add("Cookie", "resumeflow_session=" + session);
        using var response = await client.GetAsync("/api/cvs", Ct);
        return response.StatusCode;
    }

    private static string Token(string html) => AntiforgeryField().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : throw new InvalidOperationException("no antiforgery field in the page");

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("^resumeflow_session=([^;]+)")]
    private static partial Regex SessionCookie();
}
