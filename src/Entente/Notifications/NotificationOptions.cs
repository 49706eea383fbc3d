namespace Entente.Notifications;

/// <summary>Settings of the inboxes and webhooks, under <c>Notifications</c>.</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    /// <summary>How often the server looks for news (it also looks as soon as a watched source brought documents).</summary>
    public TimeSpan CheckEvery { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How many days before its due date a commission follow-up is announced.</summary>
    public int FollowUpNoticeDays { get; set; } = 7;

    /// <summary>The wait before the first retry of a failed webhook delivery; each further retry waits twice as long.</summary>
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Attempts per notification and webhook before it is given up (every attempt stays logged).</summary>
    public int MaxAttempts { get; set; } = 6;

    /// <summary>How long a receiver has to answer.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
}
