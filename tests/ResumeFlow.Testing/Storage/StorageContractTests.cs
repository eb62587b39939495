using Xunit;

namespace ResumeFlow.Testing.Storage;

/// <summary>The lifecycle the storage contract suites share: one <see cref="StorageServices"/> per test.</summary>
public abstract class StorageContractTests : IAsyncLifetime
{
    private StorageServices? _services;

    protected StorageServices Services => _services ?? throw new InvalidOperationException("The storage is created in InitializeAsync.");

    /// <summary>Builds the storage under test.</summary>
    protected abstract StorageServices CreateServices();

    public virtual ValueTask InitializeAsync()
    {
        _services = CreateServices();
        return ValueTask.CompletedTask;
    }

    public virtual async ValueTask DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
