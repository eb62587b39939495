using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ResumeFlow.Durable.DependencyInjection;
using ResumeFlow.Orchestration;

namespace ResumeFlow.Durable.Tests.Engine;

public sealed class EngineOptionsTests
{
    [Fact]
    public void Engine_without_a_database_path_or_with_zero_concurrency_fails_validation()
    {
        using var missingPath = new ServiceCollection().AddLogging().AddDurableEngine().BuildServiceProvider();
        var error = Assert.Throws<OptionsValidationException>(() => missingPath.GetRequiredService<IOptions<DurableEngineOptions>>().Value);
        Assert.Contains(nameof(DurableEngineOptions.DatabasePath), error.Message, StringComparison.Ordinal);

        using var zero = new ServiceCollection().AddLogging()
            .AddDurableEngine(o => { o.DatabasePath = "x.db"; o.MaxConcurrentActivities = 0; })
            .BuildServiceProvider();
        Assert.Throws<OptionsValidationException>(() => zero.GetRequiredService<IOptions<DurableEngineOptions>>().Value);
    }

    [Fact]
    public void Engine_registers_the_orchestration_client_without_a_configuration()
    {
        using var services = new ServiceCollection().AddLogging()
            .AddDurableEngine(o => o.DatabasePath = Path.Combine(Path.GetTempPath(), "unused.db"))
            .BuildServiceProvider();

        Assert.NotNull(services.GetRequiredService<IOrchestrationClient>());
    }
}
