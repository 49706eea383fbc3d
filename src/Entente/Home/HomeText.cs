namespace Entente.Home;

/// <summary>Texts of the Home pages, keyed by their English wording (<c>HomeText.ru.resx</c>, <c>HomeText.az.resx</c>).</summary>
public sealed class HomeText;
