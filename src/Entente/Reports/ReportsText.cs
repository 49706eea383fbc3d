namespace Entente.Reports;

/// <summary>Texts of the Reports pages, keyed by their English wording (<c>ReportsText.ru.resx</c>, <c>ReportsText.az.resx</c>).</summary>
public sealed class ReportsText;
