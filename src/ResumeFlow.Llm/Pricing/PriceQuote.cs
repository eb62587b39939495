namespace ResumeFlow.Llm.Pricing;

/// <summary>A model's price and where it came from ("configured", "list 2025-08-07"); <see cref="Price"/> is null when unknown.</summary>
public sealed record PriceQuote(string Model, ModelPrice? Price, string Source)
{
    public bool IsKnown => Price is not null;

    /// <summary>"$0.1234", or "price unknown for {model}" rather than a misleading $0.</summary>
    public string Format(decimal? cost) => cost is { } c && IsKnown
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"${c:0.0000}")
        : $"price unknown for {Model}";
}
