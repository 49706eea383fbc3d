namespace Entente.Documents;

/// <summary>A document given to Entente: its original bytes are kept as they came, with what was read from them.</summary>
public sealed class SourceDocument
{
    public int Id { get; set; }

    /// <summary>SHA-256 of the original bytes, lower-case hex; re-ingesting the same bytes finds this row.</summary>
    public required string Sha256 { get; set; }

    public required string MediaType { get; set; }

    /// <summary>The file name or URL it came from.</summary>
    public required string Source { get; set; }

    public long Length { get; set; }

    public SourceDocumentContent? Content { get; set; }

    /// <summary>ISO 639-1 code or <c>und</c>.</summary>
    public string? Language { get; set; }

    /// <summary>A key from <see cref="Entente.Text.Vocabulary.DocumentKinds"/>.</summary>
    public string? Kind { get; set; }

    public string? Title { get; set; }

    public DateOnly? DocumentDate { get; set; }

    public IngestionStatus Status { get; set; }

    /// <summary>A stable code for why reading failed (<c>pdf-no-text-layer</c>…), null when it did not.</summary>
    public string? ErrorCode { get; set; }

    public string? Error { get; set; }

    /// <summary>The decoded text every span points into.</summary>
    public string? Text { get; set; }

    /// <summary>The <c>entente.analysis/1</c> JSON of this document.</summary>
    public string? AnalysisJson { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>The date the person or feed handing the document in gave (<c>--date</c>); reading it again uses it again.</summary>
    public DateOnly? GivenDate { get; set; }

    /// <summary>The title a feed or form gave with the document, when its text may not state one.</summary>
    public string? GivenTitle { get; set; }

    /// <summary>The media type the source declared (an HTTP header, a browser), a hint the pipeline weighs against the bytes.</summary>
    public string? GivenMediaType { get; set; }
}

/// <summary>The original bytes of a document, kept apart so listing documents never loads them.</summary>
public sealed class SourceDocumentContent
{
    public int SourceDocumentId { get; set; }

    public required byte[] Bytes { get; set; }
}

public enum IngestionStatus
{
    Received,
    Analysed,
    Failed,
}
