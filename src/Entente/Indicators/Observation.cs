namespace Entente.Indicators;

/// <summary>One value of an indicator for a period, always with where it came from.</summary>
public sealed class Observation
{
    public int Id { get; set; }

    public required string IndicatorKey { get; set; }

    public decimal Value { get; set; }

    public required string Unit { get; set; }

    /// <summary>First day the value covers (inclusive).</summary>
    public DateOnly PeriodStart { get; set; }

    /// <summary>Last day the value covers (inclusive). Equal to the start for a count on a given day.</summary>
    public DateOnly PeriodEnd { get; set; }

    /// <summary>A key from <see cref="Entente.Text.Vocabulary.Qualifiers"/>: "almost", "over"…</summary>
    public required string Qualifier { get; set; }

    /// <summary>The stored document the value was read from, with the characters that state it.</summary>
    public int? SourceDocumentId { get; set; }

    public int? SpanStart { get; set; }

    public int? SpanEnd { get; set; }

    /// <summary>A written citation, for values that come from a source not stored here (the sample).</summary>
    public Citation? Citation { get; set; }

    public string? Note { get; set; }

    /// <summary>True when computed from other observations rather than stated by a source.</summary>
    public bool Derived { get; set; }
}

/// <summary>Where a value was stated: the document, who said it and when.</summary>
public sealed record Citation
{
    public required string Document { get; init; }

    public string? Description { get; init; }

    public string? Speaker { get; init; }

    public DateOnly? StatedOn { get; init; }
}
