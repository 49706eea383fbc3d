namespace Entente.Search;

/// <summary>Texts of the Search pages, keyed by their English wording (<c>SearchText.ru.resx</c>, <c>SearchText.az.resx</c>).</summary>
public sealed class SearchText;
