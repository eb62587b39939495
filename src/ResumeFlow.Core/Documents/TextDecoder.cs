using System.Text;

namespace ResumeFlow.Core.Documents;

/// <summary>
/// Decodes text files of unknown encoding: a byte-order mark decides; otherwise UTF-16 is recognised
/// by its zero bytes, strict UTF-8 is tried, and Windows-1252 (the usual legacy encoding of CVs) is the fallback.
/// </summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(byte[] content, string fileName)
    {
        var (encoding, skip) = DetectEncoding(content);
        try
        {
            return encoding.GetString(content, skip, content.Length - skip);
        }
        catch (DecoderFallbackException ex)
        {
            throw new DocumentExtractionException(DocumentErrorCodes.CorruptFile, $"'{fileName}' is not valid {encoding.WebName} text.", ex);
        }
    }

    public static (Encoding Encoding, int Skip) DetectEncoding(ReadOnlySpan<byte> content)
    {
        switch (content)
        {
            case [0xEF, 0xBB, 0xBF, ..]:
                return (new UTF8Encoding(false), 3);
            case [0xFF, 0xFE, 0x00, 0x00, ..]:
                return (new UTF32Encoding(bigEndian: false, byteOrderMark: false), 4);
            case [0xFF, 0xFE, ..]:
                return (new UnicodeEncoding(bigEndian: false, byteOrderMark: false), 2);
            case [0xFE, 0xFF, ..]:
                return (new UnicodeEncoding(bigEndian: true, byteOrderMark: false), 2);
        }

        var sample = content[..Math.Min(content.Length, 4096)];
        if (sample.Length >= 4)
        {
            int evenZeros = 0, oddZeros = 0;
            for (var i = 0; i < sample.Length; i++)
            {
                if (sample[i] == 0)
                {
                    if (i % 2 == 0)
                    {
                        evenZeros++;
                    }
                    else
                    {
                        oddZeros++;
                    }
                }
            }

            var half = sample.Length / 2;
            if (oddZeros > half * 0.4 && evenZeros < half * 0.05)
            {
                return (new UnicodeEncoding(bigEndian: false, byteOrderMark: false), 0);
            }

            if (evenZeros > half * 0.4 && oddZeros < half * 0.05)
            {
                return (new UnicodeEncoding(bigEndian: true, byteOrderMark: false), 0);
            }
        }

        try
        {
            StrictUtf8.GetCharCount(content);
            return (StrictUtf8, 0);
        }
        catch (DecoderFallbackException)
        {
            return (Encoding.GetEncoding(1252), 0);
        }
    }

    /// <summary>Whether bytes look like binary data rather than text in any encoding we decode.</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> content)
    {
        var (encoding, skip) = DetectEncoding(content);
        if (encoding is UnicodeEncoding or UTF32Encoding)
        {
            return false;
        }

        var sample = content[skip..Math.Min(content.Length, 8192)];
        if (sample.IsEmpty)
        {
            return false;
        }

        var control = 0;
        foreach (var b in sample)
        {
            if (b == 0)
            {
                return true;
            }

            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0D or 0x0C))
            {
                control++;
            }
        }

        return control > sample.Length / 20;
    }
}
