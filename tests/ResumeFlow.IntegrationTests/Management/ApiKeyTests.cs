using System.Net;
using System.Text;
using ResumeFlow.Host.Management;

namespace ResumeFlow.IntegrationTests.Management;

/// <summary>Every call needs the host's key (x-functions-key or ?code=), reads as much as writes.</summary>
public sealed class ApiKeyTests
{
    private const string Prefix = HttpManagementPayload.RoutePrefix;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Calls_without_the_key_or_with_a_wrong_one_are_401_reads_included()
    {
        await using var factory = new ManagementApiFactory("the-right-key");
        using var client = factory.CreateClient();

        using (var missing = await PostAsync(client, $"{Prefix}/orchestrators/MgmtApproval/k-1"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
            await DurableManagementApiTests.AssertErrorAsync(missing, "api_key_required");
        }

        using (var wrong = await PostAsync(client, $"{Prefix}/orchestrators/MgmtApproval/k-1", ("x-functions-key", "the-wrong-key")))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
            await DurableManagementApiTests.AssertErrorAsync(wrong, "api_key_invalid");
        }

        using (var purge = await client.DeleteAsync($"{Prefix}/instances/k-1", Ct))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, purge.StatusCode);
        }

        using (var anonymousRead = await client.GetAsync($"{Prefix}/instances/k-1", Ct))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, anonymousRead.StatusCode);
            await DurableManagementApiTests.AssertErrorAsync(anonymousRead, "api_key_required");
        }

        using (var anonymousList = await client.GetAsync($"{Prefix}/instances", Ct))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, anonymousList.StatusCode);
        }

        using (var notStarted = await client.GetAsync($"{Prefix}/instances/k-1?code=the-right-key", Ct))
        {
            Assert.Equal(HttpStatusCode.NotFound, notStarted.StatusCode);
        }

        using (var viaQuery = await PostAsync(client, $"{Prefix}/orchestrators/MgmtApproval/k-1?code=the-right-key"))
        {
            Assert.Equal(HttpStatusCode.Accepted, viaQuery.StatusCode);
        }

        using var viaHeader = await PostAsync(client, $"{Prefix}/instances/k-1/terminate", ("x-functions-key", "the-right-key"));
        Assert.Equal(HttpStatusCode.Accepted, viaHeader.StatusCode);
    }

    [Fact]
    public async Task Without_a_configured_key_one_is_generated_into_a_private_file_and_used()
    {
        await using var factory = new ManagementApiFactory(apiKey: null);
        using var client = factory.CreateClient();

        var keyFile = Path.Combine(factory.DataDirectory, "host-api-key");
        Assert.True(File.Exists(keyFile));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keyFile));
        }

        var key = (await File.ReadAllTextAsync(keyFile, Ct)).Trim();
        Assert.True(key.Length >= 32);
        using (var without = await PostAsync(client, $"{Prefix}/orchestrators/MgmtFailing/g-1"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, without.StatusCode);
        }

        using var with = await PostAsync(client, $"{Prefix}/orchestrators/MgmtFailing/g-1", ("x-functions-key", key));
        Assert.Equal(HttpStatusCode.Accepted, with.StatusCode);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent("""{"document":"d"}""", Encoding.UTF8, "application/json") };
        foreach (var (name, value) in headers)
        {
            request.Headers.Add(name, value);
        }

        return await client.SendAsync(request, Ct);
    }
}
