namespace ResumeFlow.Llm.Deployments;

/// <summary>A deployment with every setting resolved (its own entry over the top-level defaults).</summary>
internal sealed record LlmDeployment(
    string Name,
    string Model,
    int RequestsPerMinute,
    int TokensPerMinute,
    int MaxConcurrency,
    IReadOnlyList<string> SpillOver)
{
    public static LlmDeployment Resolve(string name, LlmOptions options)
    {
        var own = options.Deployments.GetValueOrDefault(name);
        return new LlmDeployment(
            name,
            own?.Model ?? name,
            own?.RequestsPerMinute ?? options.RequestsPerMinute,
            own?.TokensPerMinute ?? options.TokensPerMinute,
            own?.MaxConcurrency ?? options.MaxConcurrency,
            own?.SpillOver ?? []);
    }
}
