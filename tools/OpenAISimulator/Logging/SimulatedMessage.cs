namespace OpenAISimulator.Logging;

/// <summary>One chat message as it reached the simulator.</summary>
public sealed record SimulatedMessage(string Role, string Content);
