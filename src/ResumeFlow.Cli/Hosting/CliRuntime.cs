using Microsoft.Extensions.Hosting;

namespace ResumeFlow.Cli.Hosting;

/// <summary>The host of one CLI invocation; disposing stops the engine cleanly (its persisted state is what a later run resumes).</summary>
internal sealed class CliRuntime(IHost host, bool started) : IAsyncDisposable
{
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(10);

    public IServiceProvider Services => host.Services;

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (started)
            {
                using var timeout = new CancellationTokenSource(StopTimeout);
                await host.StopAsync(timeout.Token).ConfigureAwait(false);
            }
        }
        finally
        {
            host.Dispose();
        }
    }
}
