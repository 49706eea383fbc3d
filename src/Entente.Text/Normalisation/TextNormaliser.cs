using System.Globalization;
using System.Text;

namespace Entente.Text.Normalisation;

/// <summary>
/// Makes text uniform for the parsers: Unicode NFC, straight quotes, ASCII hyphens for dashes and
/// minus signs, plain spaces for the many Unicode spaces, line feeds for any line ending, soft
/// hyphens and zero-width characters dropped, and words hyphenated across a line break joined.
/// One pass, linear in the text; the <see cref="OffsetMap"/> leads every character back.
/// </summary>
public static class TextNormaliser
{
    private const int MaxCluster = 32;

    public static NormalisedText Normalise(string original) => Normalise(original, original.Length);

    /// <summary>Normalises the first <paramref name="length"/> characters of <paramref name="original"/>.</summary>
    public static NormalisedText Normalise(string original, int length)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, original.Length);
        var output = new StringBuilder(length);
        var starts = new int[length + 1];
        var ends = new int[length + 1];
        var count = 0;

        void Emit(char c, int from, int to)
        {
            if (count == starts.Length)
            {
                Array.Resize(ref starts, starts.Length * 2);
                Array.Resize(ref ends, ends.Length * 2);
            }

            output.Append(c);
            starts[count] = from;
            ends[count] = to;
            count++;
        }

        var i = 0;
        while (i < length)
        {
            var c = original[i];
            if (c == '\r')
            {
                var to = i + 1 < length && original[i + 1] == '\n' ? i + 2 : i + 1;
                Emit('\n', i, to);
                i = to;
                continue;
            }

            if (Replace(c) == '-' && output.Length > 0 && char.IsLetter(output[^1]) && IsLineBreakHyphen(original, i, length, out var resume))
            {
                i = resume;
                continue;
            }

            if (c < 0x80 && (!char.IsAsciiLetterOrDigit(c) || i + 1 >= length || original[i + 1] < 0x300))
            {
                Emit(c == '\t' ? ' ' : c, i, i + 1);
                i++;
                continue;
            }

            var replacement = Replace(c);
            if (replacement == '\0')
            {
                i++;
                continue;
            }

            if (replacement != c)
            {
                Emit(replacement, i, i + 1);
                i++;
                continue;
            }

            // A base character and its combining marks compose together (NFC) and map to their whole range.
            var clusterEnd = i + 1;
            if (char.IsHighSurrogate(c) && clusterEnd < length && char.IsLowSurrogate(original[clusterEnd]))
            {
                clusterEnd++;
            }

            // Unicode's stream-safe format caps a cluster at 30 marks; longer runs are junk, not text.
            while (clusterEnd < length && clusterEnd - i < MaxCluster && IsCombining(original[clusterEnd]))
            {
                clusterEnd++;
            }

            var cluster = original.AsSpan(i, clusterEnd - i);
            if (cluster.Length == 1 && !NeedsNormalising(c))
            {
                Emit(c, i, clusterEnd);
            }
            else
            {
                var clusterText = cluster.ToString();
                var composed = clusterText.IsNormalized(NormalizationForm.FormC)
                    ? clusterText
                    : clusterText.Normalize(NormalizationForm.FormC);
                foreach (var composedChar in composed)
                {
                    Emit(composedChar, i, clusterEnd);
                }
            }

            i = clusterEnd;
        }

        var map = new OffsetMap(starts, ends, count, length);
        return new NormalisedText(output.ToString(), map);
    }

    private static bool IsLineBreakHyphen(string text, int i, int length, out int resume)
    {
        // "coopera-\ntion" → "cooperation": after a letter, a hyphen, a line break, then a lower-case letter.
        resume = i;
        var j = SkipWhile(text, i + 1, length, newline: false);
        if (j >= length || !IsNewline(text[j]))
        {
            return false;
        }

        j = SkipWhile(text, j, length, newline: true);
        if (j >= length || !char.IsLower(text[j]))
        {
            return false;
        }

        resume = j;
        return true;
    }

    private static int SkipWhile(string text, int j, int length, bool newline)
    {
        while (j < length && (Replace(text[j]) is ' ' or '\0' || (newline && IsNewline(text[j]))))
        {
            j++;
        }

        return j;
    }

    private static bool IsNewline(char c) => c is '\n' or '\r' || Replace(c) == '\n';

    private static bool IsCombining(char c) =>
        c >= 0x300 && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    // Characters that are their own NFC form need no string work; most non-ASCII text is like that.
    private static bool NeedsNormalising(char c) =>
        c >= 0x1F00 || char.IsSurrogate(c) || (c >= 0x340 && c <= 0x345) || c == 0x374 || c == 0x37E || c == 0x387;

    private static char Replace(char c) => c switch
    {
        '\t' or '\u00A0' or '\u1680' or '\u2000' or '\u2001' or '\u2002' or '\u2003' or '\u2004' or '\u2005' or '\u2006'
            or '\u2007' or '\u2008' or '\u2009' or '\u200A' or '\u202F' or '\u205F' or '\u3000' => ' ',
        '\u2028' or '\u2029' or '\u0085' => '\n',
        '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' => '\0',
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u02BC' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' or '\u2033' => '"',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\uFE58' or '\uFE63' or '\uFF0D' => '-',
        _ => c,
    };
}

/// <summary>A normalised text and the map back to the text it came from.</summary>
public sealed record NormalisedText(string Text, OffsetMap Map);
