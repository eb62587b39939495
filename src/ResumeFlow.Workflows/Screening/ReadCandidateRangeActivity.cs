using Microsoft.DurableTask;
using Microsoft.Extensions.Hosting;

namespace ResumeFlow.Workflows.Screening;

/// <summary>The ids of one range of a stored candidate set, for a chunk that fans out per candidate (at most a chunk's worth).</summary>
internal sealed class ReadCandidateRangeActivity(CandidateSets sets, IHostApplicationLifetime lifetime) : TaskActivity<CandidateRange, IReadOnlyList<string>>
{
    public override async Task<IReadOnlyList<string>> RunAsync(TaskActivityContext context, CandidateRange input)
    {
        ArgumentNullException.ThrowIfNull(input);

        // The SDK gives activities no token; host shutdown abandons the attempt, which runs again after restart.
        return (await sets.ReadAsync(input, lifetime.ApplicationStopping).ConfigureAwait(false)).ToList();
    }
}
