using System.Text;
using Entente.Text.Extraction;
using Entente.Text.Normalisation;
using Entente.Text.Reading;

namespace Entente.Text.Duplicates;

/// <summary>How alike two texts are: the estimated share of shingles they have in common.</summary>
/// <param name="Jaccard">Shared shingles over all shingles of both texts.</param>
/// <param name="Containment">Shared shingles over the shingles of the shorter text: high when one outlet carries another's story with its own headline and furniture around it.</param>
public sealed record Similarity(double Jaccard, double Containment);

/// <summary>
/// Near-duplicate detection for syndicated copies: the same story carried by another outlet under its own headline,
/// header and footer. A text becomes the set of its overlapping word shingles (<see cref="ShingleWords"/> words,
/// normalised and lower-cased, the site footer cut off), summarised by MinHash; two texts are copies when most of the
/// shorter one's shingles are in the longer one. Two stories on the same subject share names and phrases but few runs
/// of <see cref="ShingleWords"/> words in a row, so they stay apart. Pure and deterministic.
/// </summary>
public static class NearDuplicates
{
    /// <summary>Words per shingle: long enough that two reports of one event in their own words share few.</summary>
    public const int ShingleWords = 4;

    /// <summary>Hash functions in a signature; the estimate's standard error is about 1/√128 ≈ 0.09 at worst.</summary>
    public const int SignatureLength = 128;

    /// <summary>Below this many shingles a text (a headline, a caption) is too short to call anything a copy of it.</summary>
    public const int MinShingles = 20;

    /// <summary>The share of the shorter text's shingles found in the longer one from which they are one story.</summary>
    public const double ContainmentThreshold = 0.6;

    private static readonly ulong[] s_multipliers = new ulong[SignatureLength];
    private static readonly ulong[] s_offsets = new ulong[SignatureLength];

    static NearDuplicates()
    {
        // Fixed seeds: a signature stored today compares with one computed next year.
        var state = 0x5EED_E17E_17E0_0001UL;
        for (var i = 0; i < SignatureLength; i++)
        {
            s_multipliers[i] = SplitMix(ref state) | 1;
            s_offsets[i] = SplitMix(ref state);
        }
    }

    public static TextFingerprint Fingerprint(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var shingles = Shingles(text);
        var signature = new uint[SignatureLength];
        Array.Fill(signature, uint.MaxValue);
        foreach (var shingle in shingles)
        {
            for (var i = 0; i < SignatureLength; i++)
            {
                var value = (uint)((s_multipliers[i] * shingle + s_offsets[i]) >> 32);
                if (value < signature[i])
                {
                    signature[i] = value;
                }
            }
        }

        return new TextFingerprint(signature, shingles.Count);
    }

    public static Similarity Compare(TextFingerprint a, TextFingerprint b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.ShingleCount == 0 || b.ShingleCount == 0)
        {
            return new Similarity(0, 0);
        }

        var equal = 0;
        for (var i = 0; i < SignatureLength; i++)
        {
            if (a.Signature[i] == b.Signature[i])
            {
                equal++;
            }
        }

        var jaccard = (double)equal / SignatureLength;
        // |A∩B| = J·|A∪B| and |A∪B| = |A|+|B|−|A∩B|, so |A∩B| = J(|A|+|B|)/(1+J).
        var shared = jaccard * (a.ShingleCount + b.ShingleCount) / (1 + jaccard);
        var containment = Math.Min(1.0, shared / Math.Min(a.ShingleCount, b.ShingleCount));
        return new Similarity(jaccard, containment);
    }

    /// <summary>Whether the two texts are one story (see <see cref="ContainmentThreshold"/>); texts too short to judge never are.</summary>
    public static bool AreCopies(TextFingerprint a, TextFingerprint b) =>
        a.ShingleCount >= MinShingles && b.ShingleCount >= MinShingles && Compare(a, b).Containment >= ContainmentThreshold;

    // The distinct shingles of the text's main content, each as a 64-bit FNV-1a hash of its words.
    private static HashSet<ulong> Shingles(string text)
    {
        var normalised = TextNormaliser.Normalise(text).Text;
        var content = normalised[..BoilerplateTrimmer.FindContentEnd(normalised)];
        using var tokens = TokenStream.Create(content);
        var words = new List<string>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens.IsWord(i) || tokens.IsNumber(i))
            {
                words.Add(tokens.Span(i).ToString().ToLowerInvariant());
            }
        }

        var shingles = new HashSet<ulong>();
        var builder = new StringBuilder();
        for (var i = 0; i + ShingleWords <= words.Count; i++)
        {
            builder.Clear();
            for (var j = 0; j < ShingleWords; j++)
            {
                builder.Append(words[i + j]).Append(' ');
            }

            shingles.Add(Fnv1a(builder));
        }

        return shingles;
    }

    private static ulong Fnv1a(StringBuilder text)
    {
        var hash = 14695981039346656037UL;
        foreach (var chunk in text.GetChunks())
        {
            foreach (var c in chunk.Span)
            {
                hash = (hash ^ c) * 1099511628211UL;
            }
        }

        return hash;
    }

    private static ulong SplitMix(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
