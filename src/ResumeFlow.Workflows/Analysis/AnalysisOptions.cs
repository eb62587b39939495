using System.ComponentModel.DataAnnotations;

namespace ResumeFlow.Workflows.Analysis;

/// <summary>Settings of AnalyzeResume, section <c>Analysis</c>.</summary>
public sealed class AnalysisOptions
{
    public const string SectionName = "Analysis";

    /// <summary>Weight of each section in the overall score (section names: experience, skills, education, projects, certifications, summary).</summary>
    public Dictionary<string, double> SectionWeights { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["experience"] = 0.35,
        ["skills"] = 0.30,
        ["education"] = 0.10,
        ["projects"] = 0.10,
        ["certifications"] = 0.05,
        ["summary"] = 0.10,
    };

    /// <summary>Preferred deployment per section (cheaper models for simpler sections); unlisted sections use <see cref="DefaultDeployment"/>.</summary>
    public Dictionary<string, string> SectionModels { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Preferred deployment of sections not in <see cref="SectionModels"/>; null = the LLM's default deployment.</summary>
    public string? DefaultDeployment { get; set; }

    /// <summary>Tried when the preferred deployment fails or times out; the deterministic analysis comes after it.</summary>
    public string? FallbackDeployment { get; set; }

    /// <summary>Backstop per attempt: a durable timer raced against the section's activity (the gateway's own request timeout comes first).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan TaskTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Section tasks in flight at once.</summary>
    [Range(1, 64)]
    public int MaxConcurrency { get; set; } = 5;

    /// <summary>False skips the LLM entirely (deterministic analysis only).</summary>
    public bool UseLlm { get; set; } = true;

    /// <summary>Reuse section results by (section text hash, job hash, deployment, prompt version).</summary>
    public bool CacheResults { get; set; } = true;

    /// <summary>Why the weights are unusable, or null.</summary>
    internal static string? CheckWeights(IReadOnlyDictionary<string, double> weights)
    {
        if (weights.Count == 0)
        {
            return "Analysis:SectionWeights must list at least one section.";
        }

        var unknown = weights.Keys.FirstOrDefault(k => !AnalysisSections.All.Contains(k, StringComparer.OrdinalIgnoreCase));
        if (unknown is not null)
        {
            return $"Analysis:SectionWeights:{unknown} is not a section ({string.Join(", ", AnalysisSections.All)}).";
        }

        if (weights.Values.Any(w => double.IsNaN(w) || w < 0 || w > 1000))
        {
            return "Analysis:SectionWeights values must be between 0 and 1000.";
        }

        return weights.Values.Sum() > 0 ? null : "Analysis:SectionWeights must not all be zero.";
    }
}
