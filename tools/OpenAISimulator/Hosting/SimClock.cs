using System.Diagnostics;

namespace OpenAISimulator.Hosting;

/// <summary>Real elapsed time since the server started, in seconds.</summary>
internal sealed class SimClock
{
    private readonly long _start = Stopwatch.GetTimestamp();

    public double Now => Stopwatch.GetElapsedTime(_start).TotalSeconds;
}
