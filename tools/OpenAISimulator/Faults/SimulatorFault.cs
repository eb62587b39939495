namespace OpenAISimulator.Faults;

/// <summary>Faults the simulator can inject into a chat completion.</summary>
public enum SimulatorFault
{
    None,

    /// <summary>429 with retry-after (a storm, independent of the real quota).</summary>
    RateLimit,

    /// <summary>500 after a short delay.</summary>
    ServerError,

    /// <summary>503 after a short delay.</summary>
    ServiceUnavailable,

    /// <summary>The request hangs until the client gives up (or 408 after <see cref="SimulatorOptions.TimeoutHold"/>).</summary>
    Timeout,

    /// <summary>200 whose message content is not valid JSON.</summary>
    MalformedJson,

    /// <summary>200 whose content is cut mid-way, finish_reason "length".</summary>
    Truncated,

    /// <summary>400 with the content_filter error code.</summary>
    ContentFilter,
}
