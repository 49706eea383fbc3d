namespace Entente.ActionItems;

/// <summary>Texts of the ActionItems pages, keyed by their English wording (<c>ActionItemsText.ru.resx</c>, <c>ActionItemsText.az.resx</c>).</summary>
public sealed class ActionItemsText;
