using ResumeFlow.Durable.Serialization;
using ResumeFlow.Orchestration;

namespace ResumeFlow.Durable.Replay;

/// <summary>A task the orchestrator awaits, completed by a history event.</summary>
internal abstract class OpenTask(string name)
{
    public string Name { get; } = name;

    public abstract void Complete(string? resultJson);

    public abstract void Fail(int taskId, FailureDetails failure);

    public abstract void Cancel(CancellationToken cancellationToken);
}

/// <summary>Marks calls whose result the orchestrator ignores (the non-generic overloads).</summary>
internal sealed class NoResult;

internal sealed class OpenTask<T>(string name) : OpenTask(name)
{
    // Continuations run synchronously inside the engine's drain, on the instance's logical thread.
    private readonly TaskCompletionSource<T> _source = new();

    public Task<T> Task => _source.Task;

    public override void Complete(string? resultJson)
    {
        if (typeof(T) == typeof(NoResult) || typeof(T) == typeof(bool) && resultJson is null)
        {
            _source.TrySetResult(default!);
            return;
        }

        T value;
        try
        {
            value = (T)DurableJson.Deserialize(resultJson, typeof(T))!;
        }
        catch (System.Text.Json.JsonException ex)
        {
            _source.TrySetException(new TaskFailedException(Name, -1, FailureDetails.FromException(ex)));
            return;
        }

        _source.TrySetResult(value);
    }

    public override void Fail(int taskId, FailureDetails failure)
        => _source.TrySetException(new TaskFailedException(Name, taskId, failure));

    public override void Cancel(CancellationToken cancellationToken) => _source.TrySetCanceled(cancellationToken);
}
