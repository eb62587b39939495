using System.ComponentModel.DataAnnotations;
using ResumeFlow.Storage.Artifacts;

namespace ResumeFlow.Host.Ingestion;

/// <summary>The blob watcher on the upload container (configuration section <c>Ingestion:Watcher</c>).</summary>
public sealed class CvWatcherOptions
{
    public const string SectionName = "Ingestion:Watcher";

    /// <summary>Scan the upload container for new CVs (the local host's stand-in for the Functions blob trigger).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Seconds between scans.</summary>
    [Range(0.05, 3600)]
    public double PollIntervalSeconds { get; set; } = 5;

    [Required]
    public string Container { get; set; } = ArtifactContainers.Cvs;
}
