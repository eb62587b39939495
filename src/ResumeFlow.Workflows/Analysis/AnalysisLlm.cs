using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ResumeFlow.Llm;

namespace ResumeFlow.Workflows.Analysis;

/// <summary>The gateway when an LLM is configured and the analysis may use it; otherwise only the deterministic analysis runs.</summary>
public sealed class AnalysisLlm
{
    public AnalysisLlm(IServiceProvider services, IOptions<AnalysisOptions> options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        var llm = services.GetService<IOptions<LlmOptions>>()?.Value;
        if (options.Value.UseLlm && llm is { IsConfigured: true })
        {
            Gateway = services.GetService<ILlmGateway>();
            DefaultDeployment = llm.Deployment;
        }
    }

    public ILlmGateway? Gateway { get; }

    public string? DefaultDeployment { get; }

    public bool IsAvailable => Gateway is not null;
}
