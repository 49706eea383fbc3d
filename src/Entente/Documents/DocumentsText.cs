namespace Entente.Documents;

/// <summary>Texts of the Documents pages, keyed by their English wording (<c>DocumentsText.ru.resx</c>, <c>DocumentsText.az.resx</c>).</summary>
public sealed class DocumentsText;
