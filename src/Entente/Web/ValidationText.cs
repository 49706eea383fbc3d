namespace Entente.Web;

/// <summary>The resource class of the domain's validation messages and of the API field names shown on pages
/// (<c>ValidationText.ru.resx</c>, <c>ValidationText.az.resx</c>).</summary>
public sealed class ValidationText;
