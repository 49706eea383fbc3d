using Entente.Text.Conflicts;
using Entente.Text.Vocabulary;

namespace Entente.Indicators;

/// <summary>An indicator's series: every point with all its sources, derived points marked, and the conflicts that touch it.</summary>
public sealed record SeriesView(IndicatorView Indicator, IReadOnlyList<SeriesPointView> Points, IReadOnlyList<ConflictSummary> Conflicts);

/// <summary>One point of a series. <see cref="PeriodPrecision"/> says how the period was stated ("months" for January–November).</summary>
public sealed record SeriesPointView(
    int Id,
    decimal Value,
    string Unit,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    [property: Web.KeyOf(typeof(Text.Series.PeriodPrecision))] string PeriodPrecision,
    [property: Web.KeyOf(typeof(Qualifiers))] string Qualifier,
    bool Derived,
    DerivationView? DerivedFrom,
    IReadOnlyList<PointSourceView> Sources,
    string? Note,
    IReadOnlyList<int> ConflictIds)
{
    /// <summary>Sources that are not syndicated copies of another source: what the point's support really counts.</summary>
    public int IndependentSources => Sources.Count(s => s.DuplicateOf is null);
}

/// <summary>What a derived point was computed from.</summary>
public sealed record DerivationView(int ObservationId, decimal Value, DateOnly PeriodStart, DateOnly PeriodEnd, string Explanation);

/// <summary>
/// One source of a point: a stored document (<see cref="DocumentId"/>, <see cref="Span"/>, the quoted figure and its
/// sentence) or a written citation (<see cref="Citation"/>), each with the qualifier it gives the value.
/// </summary>
public sealed record PointSourceView(
    int? DocumentId,
    string? DocumentTitle,
    int[]? Span,
    [property: Web.KeyOf(typeof(Qualifiers))] string Qualifier,
    string? Quote,
    string? Passage,
    decimal? ChangePercent,
    Citation? Citation)
{
    /// <summary>The original document when this one is a syndicated copy of it (it then adds no independent support).</summary>
    public int? DuplicateOf { get; init; }
}

/// <summary>A conflict in brief, as a series lists it.</summary>
public sealed record ConflictSummary(int Id, [property: Web.KeyOf(typeof(ConflictKinds))] string Kind, [property: Web.KeyOf(typeof(ConflictSeverities))] string Severity, string Explanation, bool Resolved, int? FirstObservationId, int? SecondObservationId);
