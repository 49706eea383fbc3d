namespace Entente.Text.Reading;

/// <summary>Reads plain text in any common encoding, detected from the bytes.</summary>
public sealed class PlainTextReader : IDocumentReader
{
    public bool CanRead(string mediaType) => mediaType == MediaTypes.PlainText;

    public ReadResult Read(ReadOnlyMemory<byte> bytes)
    {
        var (text, encoding) = TextDecoder.Decode(bytes.Span);
        if (TextDecoder.LooksBinary(text))
        {
            return ReadResult.Failed(MediaTypes.PlainText, IngestionErrors.UnsupportedFormat,
                "The bytes are not text in any encoding Entente knows (too many control characters).");
        }

        return new ReadResult
        {
            Text = text,
            MediaType = MediaTypes.PlainText,
            Encoding = encoding,
            ContentEnd = BoilerplateTrimmer.FindContentEnd(text),
        };
    }
}
