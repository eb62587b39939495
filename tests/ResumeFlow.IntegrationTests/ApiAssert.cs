using System.Text.Json;

namespace ResumeFlow.IntegrationTests;

/// <summary>Assertions on the host's answers.</summary>
internal static class ApiAssert
{
    /// <summary>The response has the status and the <c>{"error":{"code"}}</c> body; it is disposed.</summary>
    public static async Task ErrorAsync(HttpResponseMessage response, int status, string code)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.True(status == (int)response.StatusCode, $"{(int)response.StatusCode}: {text}");
            using var error = JsonDocument.Parse(text);
            Assert.Equal(code, error.RootElement.GetProperty("error").GetProperty("code").GetString());
        }
    }
}
