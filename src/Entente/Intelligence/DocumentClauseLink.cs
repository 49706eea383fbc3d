using Entente.Documents;

namespace Entente.Intelligence;

/// <summary>A stored link from a document to a clause of an agreement, with the passage that supports it.</summary>
public sealed class DocumentClauseLink
{
    public int Id { get; set; }

    public int SourceDocumentId { get; set; }

    public SourceDocument? SourceDocument { get; set; }

    public int AgreementId { get; set; }

    /// <summary>The clause number as the agreement writes it ("6").</summary>
    public required string Clause { get; set; }

    /// <summary><c>explicit</c>, <c>quote</c> or <c>content</c>.</summary>
    public required string Evidence { get; set; }

    /// <summary>Confidence from 0 to 1.</summary>
    public double Score { get; set; }

    /// <summary>Where the supporting words start in the document's text.</summary>
    public int SpanStart { get; set; }

    public int SpanEnd { get; set; }

    /// <summary>The supporting words, cut to a readable length.</summary>
    public required string Passage { get; set; }
}
