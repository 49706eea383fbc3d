using System.Security.Cryptography;
using Entente.Text.Analysis;
using Entente.Text.Extraction;
using Entente.Text.Normalisation;
using Entente.Text.Reading;
using Entente.Text.Structure;
using Entente.Text.Understanding;
using Entente.Text.Vocabulary;

namespace Entente.Text.Pipeline;

/// <summary>
/// Bytes in, analysis out: read → trim boilerplate → normalise → language → structure → metadata →
/// kind → extraction, every span mapped back onto the decoded original. Pure and deterministic:
/// no I/O, no clock. Bad input never throws; it gives an analysis whose <c>Error</c> says why.
/// </summary>
public sealed partial class DocumentPipeline
{
    private readonly DocumentReaders _readers;
    private readonly Func<string, int, ParsedStructure> _structureParser;
    private readonly Func<string, ExtractionContext, ExtractionResult> _extractor;
    private readonly Func<string, string, ClauseClassification> _classifier;
    private readonly bool _trimBoilerplate;

    internal DocumentPipeline(
        DocumentReaders readers,
        Func<string, int, ParsedStructure> structureParser,
        Func<string, ExtractionContext, ExtractionResult> extractor,
        Func<string, string, ClauseClassification> classifier,
        bool trimBoilerplate)
    {
        _readers = readers;
        _structureParser = structureParser;
        _extractor = extractor;
        _classifier = classifier;
        _trimBoilerplate = trimBoilerplate;
    }

    /// <summary>The pipeline with every reader and the default extraction.</summary>
    public static DocumentPipeline Default { get; } = DocumentPipelineBuilder.CreateDefault().Build();

    /// <summary>
    /// Analyses one document. <paramref name="source"/> is a path, URL or name; it also serves as a file-name hint.
    /// <paramref name="given"/> holds what the caller knows of the document (its date, say); it wins over
    /// what the format declares, which wins over what the text suggests. A caller that has hashed the bytes already
    /// passes <paramref name="sha256"/> (lower-case hex) so they are not hashed twice.
    /// </summary>
    public AnalysedDocument Analyse(ReadOnlyMemory<byte> bytes, string source, string? mediaTypeHint = null, DocumentHints? given = null, string? sha256 = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        sha256 ??= Convert.ToHexStringLower(SHA256.HashData(bytes.Span));
        var read = _readers.Read(bytes, FileNameOf(source), mediaTypeHint);
        if (read.Error is not null)
        {
            var failed = new DocumentAnalysis { Source = source, Sha256 = sha256, Error = read.Error, MediaType = read.MediaType };
            return new AnalysedDocument(string.Empty, string.Empty, OffsetMap.Identity(0), failed) { MediaType = read.MediaType };
        }

        return Analyse(given is null ? read : read with { Hints = given.Over(read.Hints) }, source, sha256);
    }

    /// <summary>Analyses text that is already decoded (a paste, a fetched page's text).</summary>
    public AnalysedDocument AnalyseText(string text, string source, DocumentHints? given = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        var read = new ReadResult { Text = text, MediaType = MediaTypes.PlainText, ContentEnd = BoilerplateTrimmer.FindContentEnd(text), Hints = given ?? DocumentHints.None };
        return Analyse(read, source, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    // A fault in the analysis fails this one document (kept with its bytes, code analysis-failed), never its batch.
    private AnalysedDocument Analyse(ReadResult read, string source, string sha256)
    {
        try
        {
            return AnalyseRead(read, source, sha256);
        }
        catch (Exception fault) when (fault is not OperationCanceledException)
        {
            var failed = new DocumentAnalysis { Source = source, Sha256 = sha256, Error = IngestionErrors.AnalysisFailedOn(fault), MediaType = read.MediaType };
            return new AnalysedDocument(string.Empty, string.Empty, OffsetMap.Identity(0), failed) { MediaType = read.MediaType };
        }
    }

    private AnalysedDocument AnalyseRead(ReadResult read, string source, string sha256)
    {
        var original = read.Text;
        var contentEnd = _trimBoilerplate ? Math.Clamp(read.ContentEnd ?? original.Length, 0, original.Length) : original.Length;
        var normalised = TextNormaliser.Normalise(original, contentEnd);
        var text = normalised.Text;
        var mapper = new SpanMapper(original, normalised.Map, _classifier);
        var hints = read.Hints;

        var language = hints.Language ?? LanguageDetector.Detect(text);
        var parsed = _structureParser(text, text.Length);
        var structure = parsed.Structure;
        var dateline = DatelineReader.Read(text, text.Length);
        var titlePassage = DatelineReader.ReadTitle(text, text.Length, dateline);
        var title = hints.Title ?? (titlePassage is { } passage ? mapper.Map(passage).Text : null);
        var turnCount = parsed.Speakers.Sum(speaker => speaker.Turns.Count);
        var kind = hints.Kind ?? KindClassifier.Classify(text, text.Length, title, structure, turnCount, dateline.Span is not null);
        var isAgreement = DocumentKinds.AgreementKinds.Contains(kind);

        var (signedOn, signingPlace) = structure.Closing is { } closing ? SigningReader.Read(text, closing.Span) : (null, null);
        signedOn = hints.SignedOn ?? signedOn;
        signingPlace = hints.SigningPlace ?? signingPlace;

        var opening = new TextSpan(0, structure.OperativeFormula?.Span.Start ?? Math.Min(text.Length, 2000));
        var speakers = kind == DocumentKinds.Transcript ? parsed.Speakers : [];
        var parties = hints.Parties.Count > 0
            ? [.. hints.Parties]
            : PartyFinder.Find(text, title, isAgreement ? opening : null, text.Length);
        foreach (var party in speakers.Select(speaker => speaker.Party).OfType<string>())
        {
            if (!parties.Contains(party))
            {
                parties.Add(party);
            }
        }

        // The parties' representatives are named before the first recital ("President of … Vladimir Putin and …,").
        var introduction = structure.Preamble.Count > 0 ? new TextSpan(0, structure.Preamble[0].Span.Start) : opening;
        var signatoryRegions = structure.Closing is { } end ? new[] { introduction, end.Span } : [introduction];
        var signatories = isAgreement ? SignatoryFinder.Find(text, signatoryRegions) : [];
        if (isAgreement && structure.Closing is { } signed)
        {
            foreach (var signatory in SignatoryFinder.FindInSignatureBlocks(text, signed.Span))
            {
                if (!signatories.Any(known => known.Name == signatory.Name || (known.Party == signatory.Party && signatory.Name.EndsWith(known.Name.Split(' ')[^1], StringComparison.Ordinal))))
                {
                    signatories.Add(signatory);
                }
            }
        }
        var date = hints.Date
            ?? (isAgreement ? signedOn ?? dateline.Date : dateline.Date ?? (kind == DocumentKinds.News ? null : signedOn));
        var place = isAgreement ? signingPlace ?? dateline.Place : dateline.Place;

        var extraction = mapper.Map(_extractor(text, new ExtractionContext(language, kind, date, dateline.Span, ReviewYear(title, date))));
        var analysis = new DocumentAnalysis
        {
            Source = source,
            Sha256 = sha256,
            Language = language,
            Kind = kind,
            Title = title,
            Date = date,
            Place = place,
            Parties = parties,
            SignedOn = signedOn,
            SigningPlace = signingPlace,
            Signatories = [.. signatories.Select(mapper.Map)],
            Structure = mapper.Map(structure, language),
            Speakers = [.. speakers.Select(mapper.Map)],
            Dates = extraction.Dates,
            Figures = extraction.Figures,
            References = extraction.References,
            Entities = extraction.Entities,
            Claims = extraction.Claims,
            MediaType = read.MediaType,
            ContentEnd = contentEnd,
        };

        return new AnalysedDocument(original, text, normalised.Map, analysis) { MediaType = read.MediaType, ContentEnd = contentEnd };
    }

    private static string? FileNameOf(string source)
    {
        var query = source.IndexOfAny(['?', '#']);
        var path = query >= 0 ? source[..query] : source;
        var slash = path.LastIndexOfAny(['/', '\\']);
        return slash >= 0 ? path[(slash + 1)..] : path;
    }

    // The one year a title names, when it is earlier than the document's: "Russian-Azerbaijani relations in 2023: the year in
    // review" published on 12 January 2024, "Rusiya–İran: 2023-cü ilin yekunları".
    private static int? ReviewYear(string? title, DateOnly? date)
    {
        if (title is null || date is not { } published)
        {
            return null;
        }

        var years = YearsInATitle().Matches(title).Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).Distinct().ToList();
        return years.Count == 1 && years[0] < published.Year && years[0] > published.Year - 2 ? years[0] : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\d.,/–-])(19|20)\d\d(?![\d.,/–-]\d)")]
    private static partial System.Text.RegularExpressions.Regex YearsInATitle();
}
