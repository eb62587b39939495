using DurableTask.Core;
using DurableTask.Core.History;
using DurableTask.Core.Middleware;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Worker;
using Microsoft.DurableTask.Worker.Hosting;
using Microsoft.DurableTask.Worker.Shims;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ResumeFlow.Durable.AzureStorage.Worker;

/// <summary>
/// Runs the SDK's orchestrators and activities on the Durable Task Framework's <see cref="TaskHubWorker"/>
/// over an Azure Storage task hub. The SDK's <see cref="DurableTaskShimFactory"/> turns each task,
/// resolved per work item from the builder's <see cref="IDurableTaskFactory"/>, into a framework object.
/// </summary>
internal sealed class AzureStorageDurableTaskWorker : DurableTaskWorker
{
    private readonly string _name;
    private readonly AzureStorageOrchestrationServices _services;
    private readonly IServiceProvider _serviceProvider;
    private readonly ILoggerFactory _loggerFactory;
    private readonly DurableTaskShimFactory _shimFactory;
    private TaskHubWorker? _worker;

    public AzureStorageDurableTaskWorker(
        string? name,
        IDurableTaskFactory factory,
        IOptionsMonitor<DurableTaskWorkerOptions> workerOptions,
        AzureStorageOrchestrationServices services,
        IServiceProvider serviceProvider,
        ILoggerFactory loggerFactory)
        : base(name, factory)
    {
        _name = name ?? Options.DefaultName;
        _services = services;
        _serviceProvider = serviceProvider;
        _loggerFactory = loggerFactory;
        _shimFactory = new DurableTaskShimFactory(workerOptions.Get(_name), loggerFactory);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        if (_worker is { } worker)
        {
            // Releases the partition leases, so the remaining workers take them over at once.
            await worker.StopAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var service = await _services.GetAsync(_name, stoppingToken).ConfigureAwait(false);
        var worker = new TaskHubWorker(service, new ShimOrchestrationManager(), new ShimActivityManager(), _loggerFactory)
        {
            // The SDK's TaskFailedException carries FailureDetails, not serialized exceptions.
            ErrorPropagationMode = ErrorPropagationMode.UseFailureDetails,
        };
        worker.AddActivityDispatcherMiddleware(RunActivityAsync);
        worker.AddOrchestrationDispatcherMiddleware(RunOrchestrationAsync);
        _worker = worker;
        await worker.StartAsync().WaitAsync(stoppingToken).ConfigureAwait(false);
    }

    private async Task RunActivityAsync(DispatchMiddlewareContext context, Func<Task> next)
    {
        var scheduled = context.GetProperty<TaskScheduledEvent>();
        var name = new TaskName(scheduled.Name ?? throw new InvalidOperationException("durable_activity_unnamed: TaskScheduledEvent.Name is not set."));
        if (context.GetProperty<TaskActivity>() is not DeferredTaskActivity deferred)
        {
            throw new InvalidOperationException("durable_activity_unresolved: the activity is not a placeholder of this worker.");
        }

        var scope = _serviceProvider.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            if (!Factory.TryCreateActivity(name, scope.ServiceProvider, out var activity))
            {
                throw new InvalidOperationException($"durable_activity_not_registered: no activity named '{name}' is registered.");
            }

            deferred.SetInner(_shimFactory.CreateActivity(name, activity));
            await next().ConfigureAwait(false);
        }
    }

    private async Task RunOrchestrationAsync(DispatchMiddlewareContext context, Func<Task> next)
    {
        var runtimeState = context.GetProperty<OrchestrationRuntimeState>();
        var name = new TaskName(runtimeState.Name);
        var scope = _serviceProvider.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            if (!Factory.TryCreateOrchestrator(name, scope.ServiceProvider, out var orchestrator))
            {
                throw new InvalidOperationException($"durable_orchestrator_not_registered: no orchestrator named '{name}' is registered.");
            }

            var parent = runtimeState.ParentInstance is { } p
                ? new ParentOrchestrationInstance(p.Name, p.OrchestrationInstance.InstanceId)
                : null;
            var executor = new TaskOrchestrationExecutor(
                runtimeState,
                _shimFactory.CreateOrchestration(name, orchestrator, parent),
                BehaviorOnContinueAsNew.Carryover,
                ErrorPropagationMode.UseFailureDetails);

            // A result in the context tells the dispatcher the middleware ran the orchestration.
            context.SetProperty(executor.Execute());
            await next().ConfigureAwait(false);
        }
    }
}
