using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Entente.Text.Reading;

/// <summary>Reads a PDF through its text layer; a PDF without one (a scan) is reported, not guessed at.</summary>
public sealed class PdfReader : IDocumentReader
{
    public bool CanRead(string mediaType) => mediaType == MediaTypes.Pdf;

    public ReadResult Read(ReadOnlyMemory<byte> bytes)
    {
        using var document = PdfDocument.Open(bytes.ToArray());
        var text = new StringBuilder();
        var pages = 0;
        foreach (var page in document.GetPages())
        {
            pages++;
            var pageText = ContentOrderTextExtractor.GetText(page, true);
            if (!string.IsNullOrWhiteSpace(pageText))
            {
                if (text.Length > 0)
                {
                    text.Append("\n\n");
                }

                text.Append(pageText.Trim());
            }
        }

        if (text.Length == 0)
        {
            return ReadResult.Failed(MediaTypes.Pdf, IngestionErrors.PdfNoTextLayer,
                $"The PDF has {pages} page(s) but no text layer; Entente does not do OCR.");
        }

        return new ReadResult { Text = text.ToString(), MediaType = MediaTypes.Pdf };
    }
}
