using Entente.Text.Analysis;
using Entente.Text.Normalisation;

namespace Entente.Text.Pipeline;

/// <summary>
/// One document after the pipeline: the decoded original text (what every span points into),
/// the normalised text the parsers read, the map between them, and the analysis.
/// </summary>
public sealed record AnalysedDocument(string Original, string Normalised, OffsetMap Map, DocumentAnalysis Analysis)
{
    /// <summary>The media type the bytes were read as.</summary>
    public required string MediaType { get; init; }

    /// <summary>Where the main content ends in <see cref="Original"/>; after it comes site boilerplate, kept but not analysed.</summary>
    public int ContentEnd { get; init; }
}
