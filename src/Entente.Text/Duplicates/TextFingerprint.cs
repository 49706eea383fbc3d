using System.Buffers.Binary;

namespace Entente.Text.Duplicates;

/// <summary>
/// A MinHash signature of a text's word shingles and how many distinct shingles it had: enough to estimate how much
/// of one text another repeats without keeping either text. Stored as bytes (<see cref="ToBytes"/>).
/// </summary>
public sealed class TextFingerprint
{
    internal TextFingerprint(uint[] signature, int shingleCount)
    {
        Signature = signature;
        ShingleCount = shingleCount;
    }

    /// <summary>The smallest hash of the text's shingles under each of <see cref="NearDuplicates.SignatureLength"/> hash functions.</summary>
    public IReadOnlyList<uint> Signature { get; }

    /// <summary>How many distinct shingles the text had; a text too short to judge has few.</summary>
    public int ShingleCount { get; }

    public byte[] ToBytes()
    {
        var bytes = new byte[Signature.Count * sizeof(uint)];
        for (var i = 0; i < Signature.Count; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i * sizeof(uint)), Signature[i]);
        }

        return bytes;
    }

    public static TextFingerprint FromBytes(ReadOnlySpan<byte> bytes, int shingleCount)
    {
        if (bytes.Length != NearDuplicates.SignatureLength * sizeof(uint))
        {
            throw new ArgumentException($"A fingerprint has {NearDuplicates.SignatureLength * sizeof(uint)} bytes, not {bytes.Length}.", nameof(bytes));
        }

        var signature = new uint[NearDuplicates.SignatureLength];
        for (var i = 0; i < signature.Length; i++)
        {
            signature[i] = BinaryPrimitives.ReadUInt32LittleEndian(bytes[(i * sizeof(uint))..]);
        }

        return new TextFingerprint(signature, shingleCount);
    }
}
