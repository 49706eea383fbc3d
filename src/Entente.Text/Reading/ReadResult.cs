using Entente.Text.Analysis;

namespace Entente.Text.Reading;

/// <summary>What a reader made of the bytes: the decoded text, or the documented reason it could not.</summary>
public sealed record ReadResult
{
    /// <summary>The decoded text every span of the analysis points into; empty when <see cref="Error"/> is set.</summary>
    public string Text { get; init; } = string.Empty;

    public required string MediaType { get; init; }

    /// <summary>The character encoding the bytes were decoded with, when the format is text.</summary>
    public string? Encoding { get; init; }

    /// <summary>Where the main content ends in <see cref="Text"/>; what follows is site boilerplate.</summary>
    public int? ContentEnd { get; init; }

    /// <summary>Facts the format states outright (XML metadata), which take precedence over guesses from the text.</summary>
    public DocumentHints Hints { get; init; } = DocumentHints.None;

    public IngestionError? Error { get; init; }

    public static ReadResult Failed(string mediaType, string code, string message) =>
        new() { MediaType = mediaType, Error = new IngestionError(code, message) };
}

/// <summary>
/// Metadata known without reading the text: what a structured format declares (Akoma Ntoso, ToTA, a web page's
/// publication date) or what the person handing the document in says (<c>--date</c>). Hints take precedence
/// over guesses from the text.
/// </summary>
public sealed record DocumentHints
{
    public static DocumentHints None { get; } = new();

    /// <summary>
    /// The date the document was issued or published. It anchors dates the text gives without a year
    /// ("on 14 March", "last year") and becomes the document's date.
    /// </summary>
    public DateOnly? Date { get; init; }

    public string? Title { get; init; }

    public string? Language { get; init; }

    public string? Kind { get; init; }

    public DateOnly? SignedOn { get; init; }

    public string? SigningPlace { get; init; }

    public IReadOnlyList<string> Parties { get; init; } = [];

    /// <summary>These hints, with each fact they leave open taken from <paramref name="fallback"/>.</summary>
    public DocumentHints Over(DocumentHints fallback) => new()
    {
        Date = Date ?? fallback.Date,
        Title = Title ?? fallback.Title,
        Language = Language ?? fallback.Language,
        Kind = Kind ?? fallback.Kind,
        SignedOn = SignedOn ?? fallback.SignedOn,
        SigningPlace = SigningPlace ?? fallback.SigningPlace,
        Parties = Parties.Count > 0 ? Parties : fallback.Parties,
    };
}
