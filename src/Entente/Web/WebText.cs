namespace Entente.Web;

/// <summary>Texts of the layout and of messages shared by every page (<c>WebText.ru.resx</c>, <c>WebText.az.resx</c>).</summary>
public sealed class WebText;
