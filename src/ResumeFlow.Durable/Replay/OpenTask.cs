using Microsoft.DurableTask;

namespace ResumeFlow.Durable.Replay;

/// <summary>A task the orchestrator awaits, completed by a history event.</summary>
internal abstract class OpenTask(string name)
{
    public string Name { get; } = name;

    public abstract void Complete(string? resultJson);

    public abstract void Fail(int taskId, TaskFailureDetails failure);

    public abstract void Cancel(CancellationToken cancellationToken);
}

/// <summary>Marks calls whose result the orchestrator ignores (the non-generic overloads).</summary>
internal sealed class NoResult;

internal sealed class OpenTask<T>(string name, DataConverter dataConverter) : OpenTask(name)
{
    // Continuations run synchronously inside the engine's drain, on the instance's logical thread.
    private readonly TaskCompletionSource<T> _source = new();

    public Task<T> Task => _source.Task;

    public override void Complete(string? resultJson)
    {
        if (typeof(T) == typeof(NoResult) || typeof(T) == typeof(object) && resultJson is null)
        {
            _source.TrySetResult(default!);
            return;
        }

        T value;
        try
        {
            value = resultJson is null ? default! : (T)dataConverter.Deserialize(resultJson, typeof(T))!;
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidCastException or NotSupportedException)
        {
            _source.TrySetException(new TaskFailedException(Name, -1, ex));
            return;
        }

        _source.TrySetResult(value);
    }

    public override void Fail(int taskId, TaskFailureDetails failure)
        => _source.TrySetException(new TaskFailedException(Name, taskId, failure));

    public override void Cancel(CancellationToken cancellationToken) => _source.TrySetCanceled(cancellationToken);
}
