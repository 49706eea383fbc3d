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

/// <summary>Metadata a structured format declares (Akoma Ntoso, ToTA) rather than leaving to be inferred.</summary>
public sealed record DocumentHints
{
    public static DocumentHints None { get; } = new();

    public string? Title { get; init; }

    public string? Language { get; init; }

    public string? Kind { get; init; }

    public DateOnly? SignedOn { get; init; }

    public string? SigningPlace { get; init; }

    public IReadOnlyList<string> Parties { get; init; } = [];
}
