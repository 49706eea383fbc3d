namespace Entente.Text.Analysis;

/// <summary>
/// Everything Entente understood of one document. Field names are the stable contract of
/// <c>entente.analysis/1</c>: fields may be added, never renamed or removed.
/// Every <see cref="TextSpan"/> points into the original decoded text.
/// </summary>
public sealed record DocumentAnalysis
{
    /// <summary>Where the document came from: a path, a URL or a name the user gave.</summary>
    public required string Source { get; init; }

    /// <summary>SHA-256 of the original bytes, lower-case hex.</summary>
    public required string Sha256 { get; init; }

    /// <summary>ISO 639-1 code (<c>en</c>, <c>ru</c>, <c>az</c>, …) or <c>und</c> when unsure.</summary>
    public string Language { get; init; } = "und";

    /// <summary>One of <see cref="Vocabulary.DocumentKinds"/>.</summary>
    public string Kind { get; init; } = Vocabulary.DocumentKinds.Other;

    public string? Title { get; init; }

    /// <summary>The document's own date (dateline, publication or signing date).</summary>
    public DateOnly? Date { get; init; }

    public string? Place { get; init; }

    /// <summary>States party to the document, ISO 3166-1 alpha-2.</summary>
    public IReadOnlyList<string> Parties { get; init; } = [];

    public DateOnly? SignedOn { get; init; }

    public string? SigningPlace { get; init; }

    public IReadOnlyList<Signatory> Signatories { get; init; } = [];

    public DocumentStructure Structure { get; init; } = DocumentStructure.Empty;

    public IReadOnlyList<Speaker> Speakers { get; init; } = [];

    public IReadOnlyList<DateMention> Dates { get; init; } = [];

    public IReadOnlyList<Figure> Figures { get; init; } = [];

    public IReadOnlyList<AgreementReference> References { get; init; } = [];

    public IReadOnlyList<EntityMention> Entities { get; init; } = [];

    public IReadOnlyList<Claim> Claims { get; init; } = [];

    public IReadOnlyList<ClauseLink> ClauseLinks { get; init; } = [];

    /// <summary>Why the document could not be read, when it could not; null otherwise.</summary>
    public IngestionError? Error { get; init; }

    /// <summary>The media type the bytes were read as (<c>text/plain</c>, <c>application/pdf</c>, …); null when unknown.</summary>
    public string? MediaType { get; init; }

    /// <summary>Where the analysed main content ends in the original text; what follows is site boilerplate, kept but not analysed.</summary>
    public int? ContentEnd { get; init; }
}

/// <summary>A documented reason a document could not be read. <see cref="Code"/> is stable.</summary>
public sealed record IngestionError(string Code, string Message);

/// <summary>A person who signed, with the office they signed in.</summary>
public sealed record Signatory(string Name, string? Role, string? Party, TextSpan? Span);
