namespace OpenAISimulator.Quota;

/// <summary>Whether a request fits the window, what remains after it, and how long to wait if it does not.</summary>
internal readonly record struct QuotaDecision(bool Admitted, double RemainingRequests, double RemainingTokens, TimeSpan RetryAfter);
