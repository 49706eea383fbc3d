using System.IO.Compression;
using System.Text;
using Entente.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Entente.Storage;

/// <summary>
/// A document's original bytes, its text and analysis JSON, and the words of an agreement's provisions are stored
/// zlib-compressed, as binary values (to about a quarter and an eighth of their size on ToTA treaties and news; a text
/// shorter than <see cref="SmallestPacked"/> characters is stored as its UTF-8 bytes, where compression gains little).
/// The same on both databases: PostgreSQL's own compression (TOAST) leaves a value under about 2 KB as it is, which is
/// nearly every provision, and packs the longer ones less tightly than zlib (300 ToTA treaties: these columns 42 MB as
/// PostgreSQL held them, 27 MB compressed here; docs/benchmarks.md). Reading is the same either way: EF converts on the
/// way in and out, and a value written before (plain text, or the earlier "zlib:" and base64 form) is read as it was
/// stored.
/// </summary>
internal static class StoredCompression
{
    /// <summary>Texts shorter than this are stored as they are: a short clause would shrink by too little to be worth it.</summary>
    public const int SmallestPacked = 400;

    /// <summary>Started an analysis compressed in the earlier, textual form; JSON never does (it starts with <c>{</c>).</summary>
    private const string Base64Marker = "zlib:";

    /// <summary>Starts compressed bytes: a NUL, "EZ" and a format number, which no stored original or text began with before.</summary>
    private static readonly byte[] s_bytesMarker = [0, (byte)'E', (byte)'Z', 1];

    // On SQLite the columns stay TEXT in the schema: SQLite keeps a binary value in a TEXT column as it is, and reads an
    // older text value back as its UTF-8 bytes. PostgreSQL's columns are bytea (migration StoredCompression turned the
    // older text values into their UTF-8 bytes).
    // EF never hands a converter a null, so the nullable types are for the signature only.
    private static readonly ValueConverter<string?, byte[]?> s_packedText = new(text => PackText(text!), stored => UnpackText(stored!));

    public static void Apply(ModelBuilder builder, bool postgres)
    {
        var packedTextColumn = postgres ? "bytea" : "TEXT";
        builder.Entity<SourceDocument>().Property(d => d.AnalysisJson).HasConversion(s_packedText).HasColumnType(packedTextColumn);
        builder.Entity<SourceDocument>().Property(d => d.Text).HasConversion(s_packedText).HasColumnType(packedTextColumn);
        builder.Entity<Agreements.ProvisionText>().Property(t => t.Text).HasConversion(s_packedText).HasColumnType(packedTextColumn);
        builder.Entity<SourceDocumentContent>().Property(c => c.Bytes)
            .HasConversion(bytes => Pack(bytes), stored => Unpack(stored));
    }

    public static byte[] PackText(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var readsAsPlain = !bytes.AsSpan().StartsWith(s_bytesMarker) && !text.StartsWith(Base64Marker, StringComparison.Ordinal);
        return text.Length < SmallestPacked && readsAsPlain ? bytes : Pack(bytes);
    }

    public static string UnpackText(byte[] stored)
    {
        if (stored.AsSpan().StartsWith(s_bytesMarker))
        {
            return Encoding.UTF8.GetString(Unpack(stored));
        }

        var text = Encoding.UTF8.GetString(stored);
        return text.StartsWith(Base64Marker, StringComparison.Ordinal)
            ? Encoding.UTF8.GetString(Decompress(Convert.FromBase64String(text[Base64Marker.Length..])))
            : text;
    }

    public static byte[] Pack(byte[] bytes) => [.. s_bytesMarker, .. Compress(bytes)];
    public static byte[] Unpack(byte[] stored) =>
        stored.AsSpan().StartsWith(s_bytesMarker) ? Decompress(stored[s_bytesMarker.Length..]) : stored;

    // The optimal level: on the 300 ToTA treaties it holds the database at 73 MB instead of 88 MB (2.8x instead of
    // 3.3x the bytes read) and `entente ingest` took no longer (54 s either way; docs/benchmarks.md).
    private static byte[] Compress(byte[] data)
    {
        using var packed = new MemoryStream(data.Length / 4 + 64);
        using (var zlib = new ZLibStream(packed, CompressionLevel.Optimal, leaveOpen: true))
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
