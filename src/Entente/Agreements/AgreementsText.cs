namespace Entente.Agreements;

/// <summary>Texts of the Agreements pages, keyed by their English wording (<c>AgreementsText.ru.resx</c>, <c>AgreementsText.az.resx</c>).</summary>
public sealed class AgreementsText;
