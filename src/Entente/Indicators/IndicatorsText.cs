namespace Entente.Indicators;

/// <summary>Texts of the Indicators pages, keyed by their English wording (<c>IndicatorsText.ru.resx</c>, <c>IndicatorsText.az.resx</c>).</summary>
public sealed class IndicatorsText;
