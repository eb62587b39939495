using System.Diagnostics;
using System.Text.Json;

namespace ResumeFlow.Bench;

/// <summary>The machine-readable last line every benchmark prints, and the memory figure they share.</summary>
internal static class BenchOutput
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    /// <summary>Prints <c>RESULT {json}</c>, the line tooling reads.</summary>
    public static void Result(object values) => Console.WriteLine("RESULT " + JsonSerializer.Serialize(values, Json));

    /// <summary>Peak working set of this process so far, in MB.</summary>
    public static double PeakMegabytes()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return Math.Round(process.PeakWorkingSet64 / (1024.0 * 1024.0), 1);
    }
}
