namespace Entente.Consultations;

/// <summary>Texts of the Consultations pages, keyed by their English wording (<c>ConsultationsText.ru.resx</c>, <c>ConsultationsText.az.resx</c>).</summary>
public sealed class ConsultationsText;
