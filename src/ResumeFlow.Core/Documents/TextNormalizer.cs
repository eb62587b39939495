using System.Text;

namespace ResumeFlow.Core.Documents;

/// <summary>Line clean-up shared by every format: ligatures, odd spaces, control characters.</summary>
internal static class TextNormalizer
{
    public static string CleanLine(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var lastWasSpace = true;
        foreach (var c in text)
        {
            switch (c)
            {
                case '\uFB00': Append(builder, "ff", ref lastWasSpace); break;
                case '\uFB01': Append(builder, "fi", ref lastWasSpace); break;
                case '\uFB02': Append(builder, "fl", ref lastWasSpace); break;
                case '\uFB03': Append(builder, "ffi", ref lastWasSpace); break;
                case '\uFB04': Append(builder, "ffl", ref lastWasSpace); break;
                case '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\uFEFF':
                    break;
                default:
                    if (char.IsWhiteSpace(c) || char.IsControl(c))
                    {
                        if (!lastWasSpace)
                        {
                            builder.Append(' ');
                            lastWasSpace = true;
                        }
                    }
                    else if (char.IsSurrogate(c) || char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.PrivateUse)
                    {
                        builder.Append(c);
                        lastWasSpace = false;
                    }

                    break;
            }
        }

        return builder.ToString().TrimEnd().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Splits text into cleaned lines, keeping a single blank line where paragraphs break.</summary>
    public static List<DocumentLine> ToLines(string text, Func<string, DocumentLine>? factory = null)
    {
        var lines = new List<DocumentLine>();
        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n'))
        {
            AddLine(lines, CleanLine(raw), factory);
        }

        TrimBlankEnds(lines);
        return lines;
    }

    public static void AddLine(List<DocumentLine> lines, string cleaned, Func<string, DocumentLine>? factory = null)
    {
        if (cleaned.Length == 0)
        {
            if (lines.Count > 0 && !lines[^1].IsBlank)
            {
                lines.Add(new DocumentLine(string.Empty));
            }

            return;
        }

        lines.Add(factory?.Invoke(cleaned) ?? new DocumentLine(cleaned));
    }

    public static void TrimBlankEnds(List<DocumentLine> lines)
    {
        while (lines.Count > 0 && lines[^1].IsBlank)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        while (lines.Count > 0 && lines[0].IsBlank)
        {
            lines.RemoveAt(0);
        }
    }

    private static void Append(StringBuilder builder, string s, ref bool lastWasSpace)
    {
        builder.Append(s);
        lastWasSpace = false;
    }
}
