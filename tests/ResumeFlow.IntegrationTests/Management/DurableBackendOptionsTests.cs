using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using ResumeFlow.Durable.Hosting;

namespace ResumeFlow.IntegrationTests.Management;

/// <summary><c>Durable:Backend</c> and <c>Durable:Role</c> as the host and the CLI read them before registering anything.</summary>
public sealed class DurableBackendOptionsTests
{
    private static DurableBackendOptions Read(params (string Key, string Value)[] settings) =>
        DurableBackendOptions.Read(new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)))
            .Build());

    [Fact]
    public void Without_settings_the_embedded_engine_runs_worker_and_client()
    {
        var options = Read();

        Assert.Equal(DurableBackend.Sqlite, options.Backend);
        Assert.Equal(DurableRole.All, options.Role);
    }

    [Fact]
    public void Azure_storage_front_runs_no_worker()
    {
        var options = Read(("Durable:Backend", "AzureStorage"), ("Durable:Role", "Front"));

        Assert.Equal(DurableBackend.AzureStorage, options.Backend);
        Assert.False(options.RunsWorker);
    }

    [Fact]
    public void An_unknown_backend_is_refused_with_its_code()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Read(("Durable:Backend", "Netherite")));

        Assert.StartsWith("durable_backend_invalid:", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Front")]
    [InlineData("Worker")]
    public void The_embedded_engine_cannot_be_split_into_roles(string role)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Read(("Durable:Role", role)));

        Assert.StartsWith("durable_role_unsupported:", error.Message, StringComparison.Ordinal);
    }
}
