namespace ResumeFlow.Workflows.Audit;

/// <summary>Audit partitions that are not a screening id.</summary>
public static class AuditPartitions
{
    /// <summary>Every erasure, also recorded in each screening the candidate was part of.</summary>
    public const string Erasures = "erasures";

    /// <summary>What each retention sweep purged.</summary>
    public const string Retention = "retention";
}
