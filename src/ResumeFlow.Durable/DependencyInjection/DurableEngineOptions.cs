using System.ComponentModel.DataAnnotations;

namespace ResumeFlow.Durable.DependencyInjection;

/// <summary>Settings of the embedded durable engine (configuration section <c>Durable</c>).</summary>
public sealed class DurableEngineOptions
{
    public const string SectionName = "Durable";

    /// <summary>The SQLite file holding instances, history and pending work (created if missing).</summary>
    [Required]
    public string DatabasePath { get; set; } = string.Empty;

    /// <summary>Activities running at the same time across all instances.</summary>
    [Range(1, 4096)]
    public int MaxConcurrentActivities { get; set; } = Math.Max(4, Environment.ProcessorCount * 8);

    /// <summary>Instances whose orchestrator code runs in parallel within one batch.</summary>
    [Range(1, 256)]
    public int MaxConcurrentOrchestrations { get; set; } = Environment.ProcessorCount;

    /// <summary>Instances whose replay state stays in memory between steps; others replay from history when touched.</summary>
    [Range(1, 1_000_000)]
    public int MaxCachedOrchestrations { get; set; } = 5_000;

    /// <summary>Most messages (completions, events, commands) applied and committed in one transaction.</summary>
    [Range(1, 1_000_000)]
    public int MaxBatchSize { get; set; } = 20_000;

    /// <summary>
    /// SQLite <c>synchronous=FULL</c> instead of <c>NORMAL</c>. NORMAL in WAL mode survives a process
    /// crash; FULL also survives power loss, at one fsync per commit.
    /// </summary>
    public bool SynchronousFull { get; set; }
}
