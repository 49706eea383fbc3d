namespace Entente.Access;

/// <summary>Texts of the Access pages, keyed by their English wording (<c>AccessText.ru.resx</c>, <c>AccessText.az.resx</c>).</summary>
public sealed class AccessText;
