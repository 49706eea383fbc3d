namespace Entente.Conflicts;

/// <summary>
/// A stored conflict between two sources: found again after every ingest, kept by its <see cref="Identity"/> so that a
/// resolution survives re-detection.
/// </summary>
public sealed class ConflictRecord
{
    public int Id { get; set; }

    /// <summary>A hash of the kind, the indicator and both sides' sources and spans: the same evidence, the same identity.</summary>
    public required string Identity { get; set; }

    /// <summary>One of <see cref="Entente.Text.Conflicts.ConflictKinds"/>.</summary>
    public required string Kind { get; set; }

    /// <summary><c>low</c>, <c>medium</c> or <c>high</c>.</summary>
    public required string Severity { get; set; }

    public required string IndicatorKey { get; set; }

    /// <summary>The period of the first side.</summary>
    public DateOnly PeriodStart { get; set; }

    public DateOnly PeriodEnd { get; set; }

    /// <summary>Why the two cannot both be right, in a sentence.</summary>
    public required string Explanation { get; set; }

    public required ConflictSide First { get; set; }

    public required ConflictSide Second { get; set; }

    /// <summary>When it was first found.</summary>
    public DateTimeOffset DetectedAt { get; set; }

    /// <summary>False when the last refresh no longer found it (a source was re-read); kept because it was resolved.</summary>
    public bool StillDetected { get; set; } = true;

    public DateTimeOffset? ResolvedAt { get; set; }

    public string? ResolvedBy { get; set; }

    public string? ResolutionNote { get; set; }

    public bool IsResolved => ResolvedAt is not null;
}

/// <summary>One side of a conflict: the value, the source that states it and where.</summary>
public sealed record ConflictSide
{
    public const int LabelLength = 512;

    /// <summary>A readable name of the source: a document's title and id, or a written citation.</summary>
    public required string Label { get; init; }

    /// <summary>The stored document, when the value was read from one.</summary>
    public int? DocumentId { get; init; }

    public int? SpanStart { get; init; }

    public int? SpanEnd { get; init; }

    /// <summary>The figure as the source writes it.</summary>
    public string? Quote { get; init; }

    /// <summary>The series point that holds this value, if any (set on every refresh).</summary>
    public int? ObservationId { get; init; }

    public decimal Value { get; init; }

    public required string Unit { get; init; }

    public required string Qualifier { get; init; }

    public DateOnly PeriodStart { get; init; }

    public DateOnly PeriodEnd { get; init; }
}
