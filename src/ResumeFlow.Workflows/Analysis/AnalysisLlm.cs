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
            var o = options.Value;
            Deployments = new[] { llm.Deployment, o.DefaultDeployment, o.FallbackDeployment }
                .Concat(llm.Deployments.Keys).Concat(o.SectionModels.Values)
                .OfType<string>().ToHashSet(StringComparer.Ordinal);
        }
    }

    /// <summary>Every deployment the configuration names (the LLM's default, <c>Llm:Deployments</c>, the analysis's own); empty without an LLM.</summary>
    public IReadOnlySet<string> Deployments { get; } = new HashSet<string>(StringComparer.Ordinal);

    public ILlmGateway? Gateway { get; }

    public string? DefaultDeployment { get; }

    public bool IsAvailable => Gateway is not null;
}
