using System.Globalization;

namespace ResumeFlow.Llm.Pricing;

/// <summary>One way to print a cost that may be unknown: "$0.1234", or "price unknown" rather than a misleading $0.</summary>
public static class UsdText
{
    public const string Unknown = "price unknown";

    public static string Format(decimal? usd) => usd is { } known
        ? "$" + known.ToString("0.0000", CultureInfo.InvariantCulture)
        : Unknown;
}
