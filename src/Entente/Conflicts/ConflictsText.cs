namespace Entente.Conflicts;

/// <summary>Texts of the Conflicts pages, keyed by their English wording (<c>ConflictsText.ru.resx</c>, <c>ConflictsText.az.resx</c>).</summary>
public sealed class ConflictsText;
