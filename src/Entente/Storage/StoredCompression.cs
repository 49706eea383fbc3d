using System.IO.Compression;
using System.Text;
using Entente.Documents;
using Microsoft.EntityFrameworkCore;

namespace Entente.Storage;

/// <summary>
/// On SQLite, a document's original bytes and its analysis JSON are stored zlib-compressed (to about a quarter and an
/// eighth of their size on ToTA treaties and news); PostgreSQL compresses such values itself (TOAST), so its columns
/// hold them as they are. Reading is the same either way: EF converts on the way in and out, and a value written
/// before compression (no marker) is read as it was stored.
/// </summary>
internal static class StoredCompression
{
    /// <summary>Starts a compressed analysis; JSON never does (it starts with <c>{</c>).</summary>
    private const string TextMarker = "zlib:";

    /// <summary>Starts compressed bytes: a NUL, "EZ" and a format number, which no stored original began with before.</summary>
    private static readonly byte[] s_bytesMarker = [0, (byte)'E', (byte)'Z', 1];

    public static void Apply(ModelBuilder builder)
    {
        builder.Entity<SourceDocument>().Property(d => d.AnalysisJson)
            .HasConversion(text => Pack(text), stored => UnpackText(stored));
        builder.Entity<SourceDocumentContent>().Property(c => c.Bytes)
            .HasConversion(bytes => Pack(bytes), stored => Unpack(stored));
    }

    public static string? Pack(string? text) =>
        text is null ? null : TextMarker + Convert.ToBase64String(Compress(Encoding.UTF8.GetBytes(text)));

    public static string? UnpackText(string? stored) =>
        stored is not null && stored.StartsWith(TextMarker, StringComparison.Ordinal)
            ? Encoding.UTF8.GetString(Decompress(Convert.FromBase64String(stored[TextMarker.Length..])))
            : stored;

    public static byte[] Pack(byte[] bytes) => [.. s_bytesMarker, .. Compress(bytes)];

    public static byte[] Unpack(byte[] stored) =>
        stored.AsSpan().StartsWith(s_bytesMarker) ? Decompress(stored[s_bytesMarker.Length..]) : stored;

    // The fastest level: the single writer of a batch compresses every document, and the optimal level saves only
    // a fifth more of the analysis at half the speed.
    private static byte[] Compress(byte[] data)
    {
        using var packed = new MemoryStream(data.Length / 4 + 64);
        using (var zlib = new ZLibStream(packed, CompressionLevel.Fastest, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return packed.ToArray();
    }

    private static byte[] Decompress(byte[] data)
    {
        using var unpacked = new MemoryStream(data.Length * 4);
        using (var zlib = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress))
        {
            zlib.CopyTo(unpacked);
        }

        return unpacked.ToArray();
    }
}
