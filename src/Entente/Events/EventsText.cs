namespace Entente.Events;

/// <summary>Texts of the Events pages, keyed by their English wording (<c>EventsText.ru.resx</c>, <c>EventsText.az.resx</c>).</summary>
public sealed class EventsText;
