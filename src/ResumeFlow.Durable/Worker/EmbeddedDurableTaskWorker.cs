using Microsoft.DurableTask.Worker;
using Microsoft.DurableTask.Worker.Hosting;
using Microsoft.Extensions.Options;
using ResumeFlow.Durable.Engine;

namespace ResumeFlow.Durable.Worker;

/// <summary>
/// The SDK worker (build target of <c>UseSqlite</c>): runs the embedded engine with the tasks the
/// worker builder registered. The engine starts within <see cref="StartAsync"/>, so once the host
/// has started, pending work from a previous run is already loaded.
/// </summary>
internal sealed class EmbeddedDurableTaskWorker : DurableTaskWorker
{
    private readonly DurableEngine _engine;
    private readonly DurableTaskWorkerOptions _options;

    public EmbeddedDurableTaskWorker(string name, IDurableTaskFactory factory, DurableEngine engine, IOptionsMonitor<DurableTaskWorkerOptions> options)
        : base(name, factory)
    {
        ArgumentNullException.ThrowIfNull(options);
        _engine = engine;
        _options = options.Get(name);
    }

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await _engine.StartAsync(Factory, _options.DataConverter, cancellationToken).ConfigureAwait(false);
        await base.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        await _engine.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    // The engine runs its own loops; this hosted service only owns their lifetime.
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.CompletedTask;
}
