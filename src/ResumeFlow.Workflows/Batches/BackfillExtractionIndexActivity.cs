using Microsoft.DurableTask;
using Microsoft.Extensions.Hosting;

namespace ResumeFlow.Workflows.Batches;

/// <summary>Indexes candidates stored before the extraction-state index existed (see <see cref="ExtractionIndex.BackfillAsync"/>); returns how many it added.</summary>
internal sealed class BackfillExtractionIndexActivity(ExtractionIndex index, IHostApplicationLifetime lifetime) : TaskActivity<object?, int>
{
    // The SDK gives activities no token; host shutdown abandons the attempt, which runs again (idempotently) after restart.
    public override Task<int> RunAsync(TaskActivityContext context, object? input) => index.BackfillAsync(lifetime.ApplicationStopping);
}
