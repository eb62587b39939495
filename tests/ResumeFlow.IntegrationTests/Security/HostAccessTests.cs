using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ResumeFlow.IntegrationTests.Ingestion;

namespace ResumeFlow.IntegrationTests.Security;

/// <summary>Every data route needs the key, only configured host names are served, and status URLs never come from the request.</summary>
public sealed class HostAccessTests : IAsyncLifetime
{
    private IngestionHostFactory _factory = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        _factory = new IngestionHostFactory(new Dictionary<string, string?> { ["Host:PublicBaseUrl"] = "http://127.0.0.1:9753" });
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Every_route_but_the_health_check_answers_anonymous_requests_401_with_a_code()
    {
        using var anonymous = _factory.CreateClient(withKey: false);
        var routes = Routes(_factory.Services);
        Assert.Contains(routes, r => r.Pattern == "/api/cvs/{id}/profile" && r.Method == "GET");
        Assert.Contains(routes, r => r.Pattern == "/runtime/webhooks/durabletask/instances" && r.Method == "GET");

        // Only the health check and the web app's login form (and sign-out) answer without a key; a page sends a browser to the login form.
        string[] open = ["/healthz", "/login", "/logout"];
        var pages = PagePatterns(_factory.Services);
        Assert.Contains("/screenings/{Id}", pages);
        foreach (var (pattern, method) in routes.Where(r => !open.Contains(r.Pattern)))
        {
            if (method == "GET" && pages.Contains(pattern))
            {
                using var page = await anonymous.GetAsync(Fill(pattern), Ct);
                Assert.True(page.RequestMessage!.RequestUri!.AbsolutePath == "/login", $"GET {pattern} did not lead to the login form");
                Assert.DoesNotContain("Sign out", await page.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
                continue;
            }

            using var request = new HttpRequestMessage(new HttpMethod(method), Fill(pattern)) { Content = method == "GET" ? null : new StringContent("{}", Encoding.UTF8, "application/json") };
            using var response = await anonymous.SendAsync(request, Ct);
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {pattern} answered {(int)response.StatusCode} without a key");
            Assert.Equal("api_key_required", await ErrorBody.CodeAsync(response, Ct));
        }

        using var wrongKey = _factory.CreateClient(withKey: false);
        wrongKey.DefaultRequestHeaders.Add("x-functions-key", "not-the-key");
        using (var wrong = await wrongKey.GetAsync($"/api/cvs/{new string('a', 64)}/profile", Ct))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
            Assert.Equal("api_key_invalid", await ErrorBody.CodeAsync(wrong, Ct));
        }

        using (var viaQuery = await anonymous.GetAsync($"/api/cvs/{new string('a', 64)}?code={IngestionHostFactory.ApiKey}", Ct))
        {
            Assert.Equal(HttpStatusCode.NotFound, viaQuery.StatusCode);
        }

        using var health = await anonymous.GetAsync("/healthz", Ct);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task A_forged_host_header_is_400_with_a_code_before_any_route_runs()
    {
        using var client = _factory.CreateClient();

        using var forged = await client.GetAsync("http://rebind.attacker.example/healthz", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal("host_not_allowed", await ErrorBody.CodeAsync(forged, Ct));

        using var local = await client.GetAsync("http://127.0.0.1:7071/healthz", Ct);
        Assert.Equal(HttpStatusCode.OK, local.StatusCode);
    }

    [Fact]
    public async Task Status_urls_come_from_the_configured_public_base_url_not_the_request()
    {
        using var client = _factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "http://localhost:5555/api/cvs?fileName=cv.txt") { Content = new StringContent("Jane Doe\nC# developer") };

        using var response = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        using var payload = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.StartsWith("http://127.0.0.1:9753/runtime/webhooks/durabletask/instances/", payload.RootElement.GetProperty("statusQueryGetUri").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("http://127.0.0.1:9753/", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Every mapped route (pattern and method), read from the host itself so a new route is covered without editing the test.</summary>
    internal static IReadOnlyList<(string Pattern, string Method)> Routes(IServiceProvider services)
        => services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => ("/" + e.RoutePattern.RawText!.Trim('/'), m)))
            .Distinct()
            .ToList();

    /// <summary>The web app's pages: an anonymous browser is redirected to the login form instead of getting a 401.</summary>
    internal static IReadOnlySet<string> PagePatterns(IServiceProvider services)
        => services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ResumeFlow.Host.Security.SignInRedirectMetadata>() is not null)
            .Select(e => "/" + e.RoutePattern.RawText!.Trim('/'))
            .ToHashSet();

    /// <summary>A URL for a route pattern: every parameter filled with a harmless value.</summary>
    internal static string Fill(string pattern)
        => System.Text.RegularExpressions.Regex.Replace(pattern, @"\{[^}]+\}", "x");
}
