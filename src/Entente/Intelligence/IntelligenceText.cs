namespace Entente.Intelligence;

/// <summary>Texts of the Intelligence pages, keyed by their English wording (<c>IntelligenceText.ru.resx</c>, <c>IntelligenceText.az.resx</c>).</summary>
public sealed class IntelligenceText;
