namespace Entente.Notifications;

/// <summary>Texts of the inbox and the webhooks page, keyed by their English wording (<c>NotificationsText.ru.resx</c>, <c>NotificationsText.az.resx</c>).</summary>
public sealed class NotificationsText;
