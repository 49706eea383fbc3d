namespace Entente.Audit;

/// <summary>Texts of the Audit pages, keyed by their English wording (<c>AuditText.ru.resx</c>, <c>AuditText.az.resx</c>).</summary>
public sealed class AuditText;
