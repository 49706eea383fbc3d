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

    /// <summary>How precisely the period is stated (<see cref="Entente.Text.Series.PeriodPrecision"/>): "January–November 2021" is <c>months</c>.</summary>
    public string PeriodPrecision { get; set; } = Text.Series.PeriodPrecision.Range;

    /// <summary>A key from <see cref="Entente.Text.Vocabulary.Qualifiers"/>: "almost", "over"…</summary>
    public required string Qualifier { get; set; }

    /// <summary>A single stored document the value was read from (older rows); values read on ingest list theirs in <see cref="Sources"/>.</summary>
    public int? SourceDocumentId { get; set; }

    public int? SpanStart { get; set; }

    public int? SpanEnd { get; set; }

    /// <summary>A written citation, for values that come from a source not stored here (the sample).</summary>
    public Citation? Citation { get; set; }

    public string? Note { get; set; }

    /// <summary>True when computed from other observations rather than stated by a source.</summary>
    public bool Derived { get; set; }

    /// <summary>For a derived value, the stated observation it was computed from (its total and growth rate).</summary>
    public int? DerivedFromId { get; set; }

    /// <summary>The stored documents that state this value, each with its span and qualifier: one point, many sources.</summary>
    public List<ObservationSource> Sources { get; set; } = [];
}

/// <summary>Where a value was stated: the document, who said it and when.</summary>
public sealed record Citation
{
    public required string Document { get; init; }

    public string? Description { get; init; }

    public string? Speaker { get; init; }

    public DateOnly? StatedOn { get; init; }
}
