namespace ResumeFlow.Llm.Pricing;

/// <summary>Section <c>Pricing</c>: prices per deployment (or model) name that replace the list prices.</summary>
public sealed class PricingOptions
{
    public const string SectionName = "Pricing";

    public Dictionary<string, ModelPrice> Deployments { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
