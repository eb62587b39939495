namespace OpenAISimulator.Chat;

/// <summary>Small deterministic generator: the same seed always yields the same content.</summary>
internal sealed class SplitMix64(ulong seed)
{
    private ulong _state = seed;

    public ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform integer in [min, max].</summary>
    public long Between(long min, long max) => max <= min ? min : min + (long)(Next() % (ulong)(max - min + 1));

    public double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53));
}
