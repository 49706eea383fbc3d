using Entente.Text.Extraction;
using Entente.Text.Reading;
using Entente.Text.Structure;

namespace Entente.Text.Pipeline;

/// <summary>Assembles a <see cref="DocumentPipeline"/>: which readers, whether to trim boilerplate, which extractor and clause classifier.</summary>
public sealed class DocumentPipelineBuilder
{
    private readonly List<IDocumentReader> _readers = [];
    private Func<string, ExtractionContext, ExtractionResult> _extractor = TextExtractor.Extract;
    private Func<string, string, ClauseClassification> _classifier = ClauseClassifier.Classify;
    private Func<string, int, ParsedStructure> _structureParser = StructureParser.Parse;
    private bool _trimBoilerplate = true;

    /// <summary>A builder with every reader Entente has and the default extraction.</summary>
    public static DocumentPipelineBuilder CreateDefault()
    {
        var builder = new DocumentPipelineBuilder();
        builder._readers.AddRange([new PlainTextReader(), new HtmlReader(), new PdfReader(), new DocxReader(), new XmlDocumentReader()]);
        return builder;
    }

    /// <summary>Adds a reader; readers added later are asked first, so a new reader can take over a media type.</summary>
    public DocumentPipelineBuilder UseReader(IDocumentReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        _readers.Insert(0, reader);
        return this;
    }

    public DocumentPipelineBuilder UseExtractor(Func<string, ExtractionContext, ExtractionResult> extractor)
    {
        _extractor = extractor ?? throw new ArgumentNullException(nameof(extractor));
        return this;
    }

    public DocumentPipelineBuilder UseClauseClassifier(Func<string, string, ClauseClassification> classifier)
    {
        _classifier = classifier ?? throw new ArgumentNullException(nameof(classifier));
        return this;
    }

    /// <summary>Replaces the structure stage; it receives the normalised text and the length to parse.</summary>
    public DocumentPipelineBuilder UseStructureParser(Func<string, int, ParsedStructure> structureParser)
    {
        _structureParser = structureParser ?? throw new ArgumentNullException(nameof(structureParser));
        return this;
    }

    /// <summary>Whether trailing site boilerplate ("About Us", "Related Reading") is left out of the analysis.</summary>
    public DocumentPipelineBuilder TrimBoilerplate(bool trim)
    {
        _trimBoilerplate = trim;
        return this;
    }

    public DocumentPipeline Build() => new(new DocumentReaders(_readers), _structureParser, _extractor, _classifier, _trimBoilerplate);
}
