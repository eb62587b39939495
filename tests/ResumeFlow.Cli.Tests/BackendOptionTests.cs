namespace ResumeFlow.Cli.Tests;

/// <summary><c>--backend</c> picks the Durable backend as <c>Durable:Backend</c> does; a bad choice stops with a stable code.</summary>
public sealed class BackendOptionTests
{
    [Fact]
    public async Task Azure_storage_without_a_storage_account_stops_with_the_setting_named()
    {
        using var folder = new CliTestFolder();

        var run = await folder.RunAsync("status", "some-instance", "--data", "data", "--backend", "AzureStorage");

        Assert.Equal(CliExitCodes.Usage, run.ExitCode);
        Assert.Contains($"error [{CliErrorCodes.InvalidConfiguration}]", run.Error, StringComparison.Ordinal);
        Assert.Contains("durable_storage_account_missing", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_backend_is_a_usage_error()
    {
        using var folder = new CliTestFolder();

        var run = await folder.RunAsync("status", "some-instance", "--data", "data", "--backend", "Netherite");

        Assert.Equal(CliExitCodes.Usage, run.ExitCode);
        Assert.Contains("error [usage]", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_embedded_backend_named_explicitly_runs_as_the_default_does()
    {
        using var folder = new CliTestFolder();

        var run = await folder.RunAsync("screen", "--job", "job.md", "--cvs", "cvs", "--data", "data", "--backend", "Sqlite");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("alice.md", run.Output, StringComparison.Ordinal);
    }
}
