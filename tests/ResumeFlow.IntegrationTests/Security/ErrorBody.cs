using System.Text.Json;

namespace ResumeFlow.IntegrationTests.Security;

/// <summary>Reads the <c>{"error":{"code","message"}}</c> every non-2xx answer of the host carries.</summary>
internal static class ErrorBody
{
    /// <summary>The error code, failing the test when the body has none.</summary>
    public static async Task<string> CodeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        try
        {
            using var json = JsonDocument.Parse(text);
            var code = json.RootElement.GetProperty("error").GetProperty("code").GetString();
            Assert.False(string.IsNullOrWhiteSpace(code), $"empty error code in: {text}");
            Assert.False(string.IsNullOrWhiteSpace(json.RootElement.GetProperty("error").GetProperty("message").GetString()), $"empty message in: {text}");
            return code!;
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            Assert.Fail($"{(int)response.StatusCode} {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} has no error code: '{text}'");
            throw;
        }
    }
}
