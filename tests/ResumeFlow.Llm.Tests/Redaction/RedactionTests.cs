using OpenAISimulator;
using ResumeFlow.Llm.Redaction;
using ResumeFlow.Llm.Tests.Support;

namespace ResumeFlow.Llm.Tests.Redaction;

public sealed class RedactionTests
{
    private const string Cv = """
        Jane Marie Doe
        Senior Backend Engineer
        jane.doe@example.com | +1 (415) 555-0132 | linkedin.com/in/jane-doe-42 | https://github.com/janedoe
        Address: 742 Evergreen Terrace, Springfield
        Experience
        2018-2024 Backend engineer at Contoso, building C# services; Jane led the SQL migration
        Lives at 221 Baker Street, London. Phone 020 7946 0958.
        Education
        BSc Computer Science, 2014-01-15 to 2017-06-30
        """;

    private static readonly string[] Pii =
    [
        "Jane", "Doe", "jane.doe@example.com", "555-0132", "linkedin.com/in/jane-doe-42", "github.com/janedoe",
        "742 Evergreen Terrace", "221 Baker Street", "7946 0958",
    ];

    [Fact]
    public void Redactor_removes_names_emails_phones_addresses_and_links_but_keeps_the_rest()
    {
        var redacted = new RegexPiiRedactor().Redact(Cv);

        Assert.All(Pii, p => Assert.DoesNotContain(p, redacted, StringComparison.OrdinalIgnoreCase));
        Assert.Contains("[NAME]", redacted, StringComparison.Ordinal);
        Assert.Contains("[EMAIL]", redacted, StringComparison.Ordinal);
        Assert.Contains("[PHONE]", redacted, StringComparison.Ordinal);
        Assert.Contains("[ADDRESS]", redacted, StringComparison.Ordinal);
        Assert.Contains("[LINK]", redacted, StringComparison.Ordinal);

        // Dates, year ranges and skills are not personal data and must survive for scoring.
        Assert.Contains("2018-2024", redacted, StringComparison.Ordinal);
        Assert.Contains("2014-01-15", redacted, StringComparison.Ordinal);
        Assert.Contains("C# services", redacted, StringComparison.Ordinal);
        Assert.Contains("Senior Backend Engineer", redacted, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redaction_removes_pii_before_the_request_reaches_the_provider()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var harness = await LlmHarness.StartAsync(new SimulatorOptions { ClockFactor = 20 }, o => o.RedactPii = true, ct);

        var result = await harness.Gateway.CompleteJsonAsync<ScoreReply>(TestRequests.Score("pii", Cv), ct);

        Assert.True(result.Success, result.ErrorMessage);
        var sent = string.Join("\n", harness.Simulator.RequestLog.ForItem("pii").Single().Messages.Select(m => m.Content));
        Assert.All(Pii, p => Assert.DoesNotContain(p, sent, StringComparison.OrdinalIgnoreCase));
        Assert.Contains("Backend engineer at Contoso", sent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_redaction_the_cv_is_sent_as_is()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var harness = await LlmHarness.StartAsync(new SimulatorOptions { ClockFactor = 20 }, o => o.RedactPii = false, ct);

        await harness.Gateway.CompleteJsonAsync<ScoreReply>(TestRequests.Score("raw", Cv), ct);

        var sent = harness.Simulator.RequestLog.ForItem("raw").Single().Messages[^1].Content;
        Assert.Contains("jane.doe@example.com", sent, StringComparison.Ordinal);
    }
}
