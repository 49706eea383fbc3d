namespace Entente.Text.Normalisation;

/// <summary>
/// Maps positions in a normalised text back to the original text it was made from. Each normalised
/// character remembers the original range it came from, so any span maps to the original span
/// covering the same words, and the mapping never runs backwards.
/// </summary>
public sealed class OffsetMap
{
    private readonly int[] _starts;
    private readonly int[] _ends;

    internal OffsetMap(int[] starts, int[] ends, int length, int originalLength)
    {
        _starts = starts;
        _ends = ends;
        Length = length;
        OriginalLength = originalLength;
    }

    /// <summary>Length of the normalised text.</summary>
    public int Length { get; }

    /// <summary>Length of the original text (or of the part of it that was normalised).</summary>
    public int OriginalLength { get; }

    /// <summary>An identity map for a text that needed no change.</summary>
    public static OffsetMap Identity(int length)
    {
        var starts = new int[length];
        var ends = new int[length];
        for (var i = 0; i < length; i++)
        {
            starts[i] = i;
            ends[i] = i + 1;
        }

        return new OffsetMap(starts, ends, length, length);
    }

    /// <summary>The original offset of the normalised character at <paramref name="index"/> (or of the end, at Length).</summary>
    public int ToOriginal(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(index, Length);
        return index == Length ? (Length == 0 ? 0 : _ends[Length - 1]) : _starts[index];
    }

    /// <summary>The span of the original text that a span of the normalised text came from.</summary>
    public TextSpan ToOriginal(TextSpan span)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(span.End, Length, nameof(span));
        if (span.IsEmpty)
        {
            var at = ToOriginal(span.Start);
            return new TextSpan(at, at);
        }

        return new TextSpan(_starts[span.Start], _ends[span.End - 1]);
    }
}
