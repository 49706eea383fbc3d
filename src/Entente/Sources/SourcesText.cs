namespace Entente.Sources;

/// <summary>Texts of the Sources page, keyed by their English wording (<c>SourcesText.ru.resx</c>, <c>SourcesText.az.resx</c>).</summary>
public sealed class SourcesText;
