using Entente.Text.Analysis;

namespace Entente.Documents;

/// <summary>What happened to one document.</summary>
public sealed record IngestOutcome(
    string Source,
    IngestResult Result,
    int? DocumentId,
    string? Kind,
    string? Title,
    AgreementMatch? Agreement,
    string? Error,
    DocumentAnalysis? Analysis)
{
    /// <summary>SHA-256 of the bytes, when they were read.</summary>
    public string? Sha256 { get; init; }
}

public enum IngestResult
{
    /// <summary>Stored as a new document.</summary>
    Added,

    /// <summary>Stored, and its text attached to an agreement already in the legal base.</summary>
    Attached,

    /// <summary>The same bytes were stored before; nothing changed.</summary>
    Unchanged,

    /// <summary>The bytes could not be read; they are stored with the error.</summary>
    Failed,

    /// <summary>Nothing to store: the file or URL could not be opened.</summary>
    NotFetched,

    /// <summary>A stored document read again, and what was read differs from what was stored; the stored reading was replaced.</summary>
    Updated,
}
