using Entente.Storage;

namespace Entente.Indicators;

/// <summary>Something the partnership measures over time: trade turnover, students, schools…</summary>
public sealed class Indicator
{
    /// <summary>A stable key from <see cref="Entente.Text.Vocabulary.IndicatorKeys"/> or the sample.</summary>
    public required string Key { get; set; }

    public required LocalizedText Name { get; set; }

    /// <summary>ISO 4217 code for money, <c>percent</c>, or <c>count</c>.</summary>
    public required string Unit { get; set; }

    public LocalizedText? Description { get; set; }

    public List<Observation> Observations { get; set; } = [];
}
