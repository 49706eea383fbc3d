namespace Entente.Commission;

/// <summary>Texts of the Commission pages, keyed by their English wording (<c>CommissionText.ru.resx</c>, <c>CommissionText.az.resx</c>).</summary>
public sealed class CommissionText;
