namespace ResumeFlow.Llm.Batches;

/// <summary>What one batch input file may hold at a provider; a job larger than this is split into several files.</summary>
public sealed record BatchProviderLimits(int MaxRequestsPerFile, long MaxBytesPerFile)
{
    /// <summary>Azure OpenAI global batch: 100,000 requests and 200 MB per file.</summary>
    public static BatchProviderLimits AzureGlobalBatch { get; } = new(100_000, 200L * 1024 * 1024);

    /// <summary>OpenAI: 50,000 requests and 200 MB per file.</summary>
    public static BatchProviderLimits OpenAI { get; } = new(50_000, 200L * 1024 * 1024);

    public static BatchProviderLimits For(LlmProvider provider, BatchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var limits = provider == LlmProvider.AzureOpenAI ? AzureGlobalBatch : OpenAI;
        return new(options.MaxRequestsPerFile ?? limits.MaxRequestsPerFile, options.MaxBytesPerFile ?? limits.MaxBytesPerFile);
    }
}
