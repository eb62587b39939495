namespace ResumeFlow.Core.Calls.Metrics;

/// <summary>A call's length category, from its duration (see <see cref="CallMetricsCalculator.LengthOf"/>).</summary>
public enum CallLength
{
    /// <summary>Under 5 minutes.</summary>
    Brief,

    /// <summary>5 to under 20 minutes.</summary>
    Standard,

    /// <summary>20 to under 45 minutes.</summary>
    Long,

    /// <summary>45 minutes or more.</summary>
    Extended,
}
