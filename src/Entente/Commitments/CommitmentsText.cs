namespace Entente.Commitments;

/// <summary>Texts of the Commitments pages, keyed by their English wording (<c>CommitmentsText.ru.resx</c>, <c>CommitmentsText.az.resx</c>).</summary>
public sealed class CommitmentsText;
