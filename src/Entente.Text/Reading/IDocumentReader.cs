namespace Entente.Text.Reading;

/// <summary>Turns the bytes of one format into text. Readers never throw for bad input: they return an error.</summary>
public interface IDocumentReader
{
    /// <summary>True when this reader handles <paramref name="mediaType"/>.</summary>
    bool CanRead(string mediaType);

    ReadResult Read(ReadOnlyMemory<byte> bytes);
}
