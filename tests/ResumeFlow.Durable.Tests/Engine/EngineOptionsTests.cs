using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ResumeFlow.Durable.Client;
using ResumeFlow.Durable.DependencyInjection;

namespace ResumeFlow.Durable.Tests.Engine;

public sealed class EngineOptionsTests
{
    [Fact]
    public void Engine_without_a_database_path_or_with_zero_concurrency_fails_validation()
    {
        using var missingPath = new ServiceCollection().AddLogging()
            .AddDurableTaskWorker(b => b.UseSqlite())
            .BuildServiceProvider();
        var error = Assert.Throws<OptionsValidationException>(() => missingPath.GetRequiredService<IOptions<DurableEngineOptions>>().Value);
        Assert.Contains(nameof(DurableEngineOptions.DatabasePath), error.Message, StringComparison.Ordinal);

        using var zero = new ServiceCollection().AddLogging()
            .AddDurableTaskWorker(b => b.UseSqlite(o => { o.DatabasePath = "x.db"; o.MaxConcurrentActivities = 0; }))
            .BuildServiceProvider();
        Assert.Throws<OptionsValidationException>(() => zero.GetRequiredService<IOptions<DurableEngineOptions>>().Value);
    }

    [Fact]
    public async Task Worker_and_client_builders_share_one_engine_and_the_client_reads_without_a_configuration()
    {
        var directory = Directory.CreateTempSubdirectory("resumeflow-durable-options-");
        try
        {
            var services = new ServiceCollection().AddLogging();
            services.AddDurableTaskWorker(b => b.UseSqlite(o => o.DatabasePath = Path.Combine(directory.FullName, "durable.db")));
            services.AddDurableTaskClient(b => b.UseSqlite());
            await using var provider = services.BuildServiceProvider();

            var client = provider.GetRequiredService<DurableTaskClient>();
            Assert.Equal("ResumeFlow.Durable.Client.EmbeddedDurableTaskClient", client.GetType().FullName);
            Assert.Null(await client.GetInstanceAsync("nobody", TestContext.Current.CancellationToken));
            Assert.Empty(await provider.GetRequiredService<IOrchestrationHistoryReader>().GetHistoryAsync("nobody", TestContext.Current.CancellationToken));
            Assert.Single(provider.GetServices<ResumeFlow.Durable.Engine.DurableEngine>());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
        }
    }
}
