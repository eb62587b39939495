using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ResumeFlow.Workflows.Ingestion;

namespace ResumeFlow.Workflows.Tests.Ingestion;

public sealed class ExtractionGateTests
{
    [Theory]
    [InlineData("Ingestion:MaxConcurrentExtractions", "0")]
    [InlineData("Ingestion:MaxConcurrentExtractions", "-1")]
    [InlineData("Ingestion:MaxConcurrentExtractions", "1025")]
    [InlineData("Ingestion:LargeFileBytes", "0")]
    public void Extraction_limits_out_of_range_fail_validation(string key, string value)
    {
        using var provider = Services((key, value));

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<IngestionOptions>>().Value);

        Assert.Contains(key["Ingestion:".Length..], error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Max_concurrent_extractions_defaults_to_the_processor_count_and_sizes_the_gate()
    {
        using var defaults = Services();
        Assert.Equal(Environment.ProcessorCount, defaults.GetRequiredService<IOptions<IngestionOptions>>().Value.MaxConcurrentExtractions);

        using var configured = Services(("Ingestion:MaxConcurrentExtractions", "3"));
        Assert.Equal(3, configured.GetRequiredService<ExtractionGate>().Available);
    }

    [Fact]
    public async Task No_more_than_the_configured_extractions_run_at_once_and_the_rest_run_after()
    {
        var ct = TestContext.Current.CancellationToken;
        using var gate = new ExtractionGate(Options.Create(new IngestionOptions { MaxConcurrentExtractions = 2 }));
        using var release = new ManualResetEventSlim();
        using var twoInside = new CountdownEvent(2);
        var running = 0;
        var most = 0;
        int Extract()
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            twoInside.Signal();
            release.Wait(ct);
            Interlocked.Decrement(ref running);
            return now;
        }

        int Count()
        {
            InterlockedMax(ref most, Interlocked.Increment(ref running));
            return Interlocked.Decrement(ref running);
        }

        var first = Enumerable.Range(0, 2).Select(_ => Task.Run(() => gate.RunAsync(1_000, Extract, ct), ct)).ToList();
        twoInside.Wait(ct);
        var waiting = Enumerable.Range(0, 4).Select(_ => gate.RunAsync(1_000, Count, ct)).ToList();

        Assert.Equal(0, gate.Available);
        Assert.All(waiting, t => Assert.False(t.IsCompleted, "a third extraction waits while two run"));

        release.Set();
        await Task.WhenAll(first.Concat(waiting));
        Assert.Equal(2, most);
        Assert.Equal(2, gate.Available);
    }

    [Fact]
    public async Task A_large_file_is_parsed_alone_and_small_ones_wait_for_it()
    {
        var ct = TestContext.Current.CancellationToken;
        using var gate = new ExtractionGate(Options.Create(new IngestionOptions { MaxConcurrentExtractions = 3, LargeFileBytes = 5_000_000 }));
        using var release = new ManualResetEventSlim();
        using var inside = new ManualResetEventSlim();

        var large = Task.Run(() => gate.RunAsync(20_000_000, () => { inside.Set(); release.Wait(ct); return "large"; }, ct), ct);
        inside.Wait(ct);
        var small = gate.RunAsync(1_000, () => "small", ct);

        Assert.Equal(0, gate.Available);
        Assert.False(small.IsCompleted, "a small file waits while a large one is parsed");

        release.Set();
        Assert.Equal(["large", "small"], await Task.WhenAll(large, small));
        Assert.Equal(3, gate.Available);
    }

    [Fact]
    public async Task A_failed_extraction_gives_its_slot_back()
    {
        var ct = TestContext.Current.CancellationToken;
        using var gate = new ExtractionGate(Options.Create(new IngestionOptions { MaxConcurrentExtractions = 1 }));

        await Assert.ThrowsAsync<InvalidOperationException>(() => gate.RunAsync<int>(1_000, () => throw new InvalidOperationException("parser bug"), ct));

        Assert.Equal(1, gate.Available);
        Assert.Equal(42, await gate.RunAsync(1_000, () => 42, ct));
    }

    private static ServiceProvider Services(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();
        return new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddIngestionWorkflow().BuildServiceProvider();
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
