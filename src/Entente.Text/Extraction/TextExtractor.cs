namespace Entente.Text.Extraction;

/// <summary>Runs every extractor over a text. Pure: the same text and context give the same result.</summary>
public static class TextExtractor
{
    // Placeholder seam: the extraction issue (#4) replaces this body with the real extractors.
    public static ExtractionResult Extract(string text, ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        return ExtractionResult.Empty;
    }
}
