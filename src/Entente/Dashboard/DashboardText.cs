namespace Entente.Dashboard;

/// <summary>Texts of the Dashboard pages, keyed by their English wording (<c>DashboardText.ru.resx</c>, <c>DashboardText.az.resx</c>).</summary>
public sealed class DashboardText;
