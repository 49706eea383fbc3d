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

    /// <summary><c>cites</c> or <c>evidences</c> (<see cref="Text.Linking.ClauseLinkKinds"/>).</summary>
    public string Kind { get; set; } = Text.Linking.ClauseLinkKinds.Cites;

    /// <summary><c>explicit</c>, <c>quote</c> or <c>content</c> for citations; <c>name</c> or <c>terms</c> for evidence.</summary>
    public required string Evidence { get; set; }

    /// <summary>The words that triggered an evidence link; null for citations.</summary>
    public string? Cue { get; set; }

    /// <summary>When the reported activity took place (its sentence's date, else the document's).</summary>
    public DateOnly? ActivityDate { get; set; }

    /// <summary>How precisely the text gives <see cref="ActivityDate"/>: <c>day</c>, <c>month</c> or <c>year</c>; null when undated or stored before it was kept.</summary>
    public string? ActivityPrecision { get; set; }

    /// <summary>True when the activity predates the agreement: evidence of the baseline.</summary>
    public bool Baseline { get; set; }

    /// <summary>Confidence from 0 to 1.</summary>
    public double Score { get; set; }

    /// <summary>Where the supporting words start in the document's text.</summary>
    public int SpanStart { get; set; }

    public int SpanEnd { get; set; }

    /// <summary>The supporting words, cut to a readable length.</summary>
    public required string Passage { get; set; }
}
