using Entente.Text.Analysis;

namespace Entente.Text.Reading;

/// <summary>The stable codes of <see cref="IngestionError"/>; docs/analysis-format.md lists what each means.</summary>
public static class IngestionErrors
{
    /// <summary>The bytes are not a format Entente reads (binary, image, archive without a Word document…).</summary>
    public const string UnsupportedFormat = "unsupported-format";

    /// <summary>The bytes decode to no text, or only whitespace.</summary>
    public const string EmptyDocument = "empty-document";

    /// <summary>The text could not be decoded in any encoding Entente knows.</summary>
    public const string DecodeFailed = "decode-failed";

    /// <summary>The PDF has pages but no text layer (a scan); Entente does no OCR.</summary>
    public const string PdfNoTextLayer = "pdf-no-text-layer";

    /// <summary>The PDF could not be opened (damaged, encrypted).</summary>
    public const string MalformedPdf = "malformed-pdf";

    /// <summary>The DOCX package could not be opened or has no main document.</summary>
    public const string MalformedDocx = "malformed-docx";

    /// <summary>The XML is not well formed, or is not Akoma Ntoso or ToTA.</summary>
    public const string MalformedXml = "malformed-xml";

    /// <summary>The HTML could not be parsed.</summary>
    public const string MalformedHtml = "malformed-html";

    /// <summary>The input is larger than the pipeline accepts.</summary>
    public const string TooLarge = "too-large";

    /// <summary>
    /// The document was read, but the database refused what was derived from it (a value its columns cannot hold); it
    /// is kept with its bytes and this reason, and the batch goes on.
    /// </summary>
    public const string NotStored = "not-stored";

    /// <summary>
    /// The text was read, but analysing it failed on a fault in Entente itself; the document is kept with its bytes
    /// and this reason, and the batch goes on.
    /// </summary>
    public const string AnalysisFailed = "analysis-failed";

    public static IReadOnlyList<string> All { get; } =
        [UnsupportedFormat, EmptyDocument, DecodeFailed, PdfNoTextLayer, MalformedPdf, MalformedDocx, MalformedXml, MalformedHtml, TooLarge, NotStored, AnalysisFailed];

    /// <summary>The error of a document whose analysis failed on <paramref name="fault"/>.</summary>
    public static IngestionError AnalysisFailedOn(Exception fault) =>
        new(AnalysisFailed, $"Entente failed while analysing this text ({fault.GetType().Name}: {fault.Message}); its original bytes are kept and can be read again by a corrected version");

    internal static IngestionError Create(string code, string message) => new(code, message);
}
