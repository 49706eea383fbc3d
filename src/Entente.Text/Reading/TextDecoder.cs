using System.Text;
using System.Text.Unicode;

namespace Entente.Text.Reading;

/// <summary>
/// Detects a text's encoding rather than assuming it: a byte-order mark, then the NUL pattern of
/// UTF-16, then strict UTF-8, then Windows-1251 against KOI8-R by Russian letter frequencies,
/// and Windows-1252 as the last resort.
/// </summary>
public static class TextDecoder
{
    private const int ProbeBytes = 64 * 1024;

    // The commonest Russian letters, most frequent first; a wrong code page turns them into rare ones.
    private const string FrequentRussianLetters = "оеаинтсрвлкмдпуяыь";

    public static Encoding Windows1251 { get; } = GetCodePage(1251);

    public static Encoding Koi8R { get; } = GetCodePage(20866);

    public static Encoding Windows1252 { get; } = GetCodePage(1252);

    /// <summary>Decodes <paramref name="bytes"/>, returning the text and the name of the encoding used.</summary>
    public static (string Text, string Encoding) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (Encoding.UTF8.GetString(bytes[3..]), "utf-8");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return (Encoding.UTF32.GetString(bytes[4..]), "utf-32le");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Encoding.Unicode.GetString(bytes[2..]), "utf-16le");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be");
        }

        var utf16 = GuessUtf16WithoutBom(bytes);
        if (utf16 is not null)
        {
            return (utf16.GetString(bytes), utf16 == Encoding.Unicode ? "utf-16le" : "utf-16be");
        }

        if (Utf8.IsValid(bytes))
        {
            return (Encoding.UTF8.GetString(bytes), "utf-8");
        }

        if (LooksCyrillicSingleByte(bytes))
        {
            var probe = bytes[..Math.Min(bytes.Length, ProbeBytes)];
            var asKoi8 = ScoreRussian(Koi8R.GetString(probe));
            var as1251 = ScoreRussian(Windows1251.GetString(probe));
            return asKoi8 > as1251
                ? (Koi8R.GetString(bytes), "koi8-r")
                : (Windows1251.GetString(bytes), "windows-1251");
        }

        return (Windows1252.GetString(bytes), "windows-1252");
    }

    /// <summary>True when the text is mostly control characters: the bytes were not text at all.</summary>
    public static bool LooksBinary(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, ProbeBytes));
        if (sample.IsEmpty)
        {
            return false;
        }

        var control = 0;
        foreach (var c in sample)
        {
            if ((c < ' ' && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == '\uFFFD')
            {
                control++;
            }
        }

        return control * 10 > sample.Length;
    }

    private static Encoding? GuessUtf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        var probe = bytes[..Math.Min(bytes.Length & ~1, ProbeBytes)];
        if (probe.Length < 4)
        {
            return null;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < probe.Length; i += 2)
        {
            if (probe[i] == 0)
            {
                evenZeros++;
            }

            if (probe[i + 1] == 0)
            {
                oddZeros++;
            }
        }

        var pairs = probe.Length / 2;

        // Latin text in UTF-16 has a NUL in nearly every pair, on one side only.
        if (oddZeros * 10 > pairs * 3 && evenZeros * 20 < pairs)
        {
            return Encoding.Unicode;
        }

        if (evenZeros * 10 > pairs * 3 && oddZeros * 20 < pairs)
        {
            return Encoding.BigEndianUnicode;
        }

        return null;
    }

    private static bool LooksCyrillicSingleByte(ReadOnlySpan<byte> bytes)
    {
        var probe = bytes[..Math.Min(bytes.Length, ProbeBytes)];
        int high = 0, letters = 0, ascii = 0, inWords = 0, run = 0;
        foreach (var b in probe)
        {
            if (b >= 0xC0)
            {
                letters++;
            }

            if (b >= 0x80)
            {
                high++;
                run++;
                continue;
            }

            inWords += run >= 3 ? run : 0;
            run = 0;
            if (char.IsAsciiLetter((char)b))
            {
                ascii++;
            }
        }

        inWords += run >= 3 ? run : 0;

        // Russian text is mostly high bytes, in the letter range; accented Latin text is mostly ASCII with a high byte
        // here and there. A table with English column names and keys around Russian cells (a CSV) is mostly ASCII too,
        // but its high bytes come in whole words: runs of three or more.
        return high > 0 && letters * 10 >= high * 7 && (high * 10 >= (high + ascii) * 3 || inWords * 10 >= high * 8);
    }

    private static int ScoreRussian(string text)
    {
        var score = 0;
        foreach (var c in text)
        {
            var rank = FrequentRussianLetters.IndexOf(c, StringComparison.Ordinal);
            if (rank >= 0)
            {
                score += FrequentRussianLetters.Length - rank;
            }
        }

        return score;
    }

    private static Encoding GetCodePage(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage);
    }
}
