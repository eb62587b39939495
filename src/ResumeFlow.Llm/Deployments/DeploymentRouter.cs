using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using ResumeFlow.Llm.Pacing;

namespace ResumeFlow.Llm.Deployments;

/// <summary>
/// Owns one <see cref="QuotaPacer"/> per deployment and picks where an attempt goes: the requested deployment
/// unless it is saturated (admission further away than <see cref="LlmOptions.SpillOverAfter"/>), its breaker is
/// open, or it already failed this item; then the first of its spill-over deployments that is free. When every
/// candidate is busy the one admitting soonest wins, so a request is never dropped for want of a deployment.
/// </summary>
internal sealed class DeploymentRouter
{
    private readonly LlmOptions _options;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, (LlmDeployment Deployment, QuotaPacer Pacer)> _deployments = new(StringComparer.Ordinal);

    public DeploymentRouter(IOptions<LlmOptions> options, TimeProvider time)
    {
        _options = options.Value;
        _time = time;
    }

    /// <summary>The deployment a request names: its own, else its task's (<c>Llm:Tasks</c>), else the default.</summary>
    public string Requested(LlmRequest request) =>
        request.Model
        ?? (request.Task is { } task && _options.Tasks.TryGetValue(task, out var mapped) ? mapped : null)
        ?? _options.Deployment;

    public LlmDeployment Get(string name) => Entry(name).Deployment;

    public QuotaPacer PacerFor(string name) => Entry(name).Pacer;

    /// <summary>The deployment for the next attempt of an item that asked for <paramref name="requested"/>.</summary>
    public string Choose(string requested, int tokens, IReadOnlySet<string> failed)
    {
        var chain = Chain(requested);
        var untried = chain.Where(n => !failed.Contains(n)).ToList();
        var threshold = _options.SpillOverAfter;
        string? best = null;
        var bestWait = TimeSpan.MaxValue;
        foreach (var name in untried.Count > 0 ? untried : chain)
        {
            var wait = PacerFor(name).ExpectedWait(tokens);
            if (wait <= threshold)
            {
                return name;
            }

            if (wait < bestWait)
            {
                (best, bestWait) = (name, wait);
            }
        }

        return best ?? requested;
    }

    /// <summary>The requested deployment followed by its spill-over deployments (transitively, each once).</summary>
    public IReadOnlyList<string> Chain(string requested)
    {
        var chain = new List<string> { requested };
        for (var i = 0; i < chain.Count; i++)
        {
            foreach (var next in Get(chain[i]).SpillOver)
            {
                if (!chain.Contains(next, StringComparer.Ordinal))
                {
                    chain.Add(next);
                }
            }
        }

        return chain;
    }

    private (LlmDeployment Deployment, QuotaPacer Pacer) Entry(string name) => _deployments.GetOrAdd(name, n =>
    {
        var deployment = LlmDeployment.Resolve(n, _options);
        return (deployment, new QuotaPacer(_options, deployment, _time));
    });
}
