namespace Entente.Text.Reading;

/// <summary>
/// Sniffs the format of some bytes and hands them to the reader for it. This is the reading
/// boundary: whatever a reader or the library under it throws becomes an <see cref="Analysis.IngestionError"/>.
/// </summary>
public sealed class DocumentReaders
{
    /// <summary>Inputs above this size are refused rather than read (256 MiB).</summary>
    public const int MaxBytes = 256 * 1024 * 1024;

    private readonly IReadOnlyList<IDocumentReader> _readers;

    public DocumentReaders(IEnumerable<IDocumentReader> readers) => _readers = [.. readers];

    /// <summary>The readers for every format Entente knows.</summary>
    public static DocumentReaders Default { get; } = new(
        [new PlainTextReader(), new HtmlReader(), new PdfReader(), new DocxReader(), new XmlDocumentReader()]);

    public ReadResult Read(ReadOnlyMemory<byte> bytes, string? fileName = null, string? mediaTypeHint = null)
    {
        if (bytes.Length > MaxBytes)
        {
            return ReadResult.Failed(MediaTypes.Unknown, IngestionErrors.TooLarge, $"The input has {bytes.Length} bytes; the limit is {MaxBytes}.");
        }

        var mediaType = ContentSniffer.Sniff(bytes.Span, fileName, mediaTypeHint);
        var reader = _readers.FirstOrDefault(candidate => candidate.CanRead(mediaType));
        if (reader is null)
        {
            return ReadResult.Failed(mediaType, IngestionErrors.UnsupportedFormat, $"No reader handles {mediaType}.");
        }

        ReadResult result;
        try
        {
            result = reader.Read(bytes);
        }
#pragma warning disable CA1031 // The documented reading boundary: a third-party parser's failure becomes a documented error.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return ReadResult.Failed(mediaType, ErrorCodeFor(mediaType), $"{mediaType} could not be read: {exception.Message}");
        }

        if (result.Error is null && string.IsNullOrWhiteSpace(result.Text))
        {
            return ReadResult.Failed(result.MediaType, IngestionErrors.EmptyDocument, "The document holds no text.");
        }

        return result;
    }

    private static string ErrorCodeFor(string mediaType) => mediaType switch
    {
        MediaTypes.Pdf => IngestionErrors.MalformedPdf,
        MediaTypes.Docx => IngestionErrors.MalformedDocx,
        MediaTypes.Html => IngestionErrors.MalformedHtml,
        MediaTypes.Xml or MediaTypes.AkomaNtoso or MediaTypes.Tota => IngestionErrors.MalformedXml,
        _ => IngestionErrors.DecodeFailed,
    };
}

