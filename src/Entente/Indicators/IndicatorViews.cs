using Entente.Text.Vocabulary;

namespace Entente.Indicators;

/// <summary>An indicator with how many observations it has and its latest one.</summary>
public sealed record IndicatorView(string Key, string Name, string? NameRu, string? NameAz, string Unit, string? Description, int ObservationCount, ObservationView? Latest)
{
    /// <summary>The name in the reader's language, falling back to English.</summary>
    public string LocalName => new Storage.LocalizedText { En = Name, Ru = NameRu, Az = NameAz }.In(Web.Localization.Language);
}

/// <summary>One value for a period, with its source.</summary>
public sealed record ObservationView(
    int Id,
    decimal Value,
    string Unit,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    [property: Web.KeyOf(typeof(Qualifiers))] string Qualifier,
    SourceView Source,
    string? Note,
    bool Derived);

/// <summary>Where a value comes from: a stored document and span, or a written citation.</summary>
public sealed record SourceView(int? DocumentId, int? SpanStart, int? SpanEnd, string? Document, string? Description, string? Speaker, DateOnly? StatedOn);
