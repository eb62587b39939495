namespace ResumeFlow.Host.Web;

/// <summary>What a job or screening id in a page URL may look like before it is used as a document key.</summary>
internal static class WebIds
{
    public static bool IsValid(string? id)
        => id is { Length: > 0 and <= 255 } && id.AsSpan().IndexOfAny("/\\?#") < 0 && !id.Any(char.IsControl);
}
