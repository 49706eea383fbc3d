namespace Entente.Agreements;

/// <summary>
/// A provision in one language: its words in that language's version of the agreement (once ingested) and
/// Entente's one-sentence summary written in that language. Versions are aligned through their provision.
/// </summary>
public sealed class ProvisionText
{
    public int ProvisionId { get; set; }

    /// <summary>ISO 639-1 code.</summary>
    public required string Language { get; set; }

    /// <summary>The provision's words in this language's version, when that version has been ingested.</summary>
    public string? Text { get; set; }

    /// <summary>Entente's summary in this language.</summary>
    public string? Summary { get; set; }
}
