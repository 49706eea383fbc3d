using Entente.Documents;

namespace Entente.Agreements;

/// <summary>
/// An agreement's text in one language (an Akoma Ntoso expression): authentic or a translation, and the stored
/// document it was read from. Its provisions' words are the <see cref="ProvisionText"/>s of that language.
/// </summary>
public sealed class AgreementVersion
{
    public int AgreementId { get; set; }

    /// <summary>ISO 639-1 code: <c>ru</c>, <c>az</c>, <c>en</c>…</summary>
    public required string Language { get; set; }

    /// <summary>Whether this language's text is authentic (one of the agreement's authentic languages).</summary>
    public bool Authentic { get; set; }

    public int? SourceDocumentId { get; set; }

    public SourceDocument? SourceDocument { get; set; }
}
