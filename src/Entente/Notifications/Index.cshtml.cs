using Entente.Storage;
using Entente.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Entente.Notifications;

/// <summary>The signed-in user's inbox: what is new for their Party, marking read, and the subjects they follow.</summary>
public sealed class IndexModel(EntenteDb db, IStringLocalizer<NotificationsText> text) : PageModel
{
    public IReadOnlyList<InboxItem> Items { get; private set; } = [];

    public IReadOnlyList<FollowView> Follows { get; private set; } = [];

    /// <summary>What may be followed, by kind: the key stored and the label shown.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<(string Key, string Label)>> Choices { get; private set; } =
        new Dictionary<string, IReadOnlyList<(string Key, string Label)>>();

    public int Unread { get; private set; }

    public string? Done { get; private set; }

    public bool HasParty => db.Viewer.PartyCode is not null;

    private string UserId => db.Viewer.UserId ?? throw new InvalidOperationException("The inbox is a signed-in user's.");

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostReadAsync(int? id, CancellationToken ct)
    {
        var marked = await Inbox.MarkReadAsync(db, UserId, id, ct);
        Done = text["Marked read: {0}.", marked];
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostFollowAsync(string? kind, string? key, CancellationToken ct)
    {
        await LoadAsync(ct);
        var known = kind is not null && Choices.TryGetValue(kind, out var choices) && choices.Any(c => c.Key == key);
        if (!known || !await Inbox.FollowAsync(db, UserId, kind!, key!, ct))
        {
            ModelState.AddModelError("key", text["Choose a clause, an indicator or a source to follow."]);
            return Page();
        }

        Done = text["Following {0}.", Label(kind!, key!)];
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostUnfollowAsync(int id, CancellationToken ct)
    {
        await Inbox.UnfollowAsync(db, UserId, id, ct);
        Done = text["No longer followed."];
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>A followed subject as people read it.</summary>
    public string Label(string kind, string key) =>
        Choices.TryGetValue(kind, out var choices) && choices.FirstOrDefault(c => c.Key == key) is { Label: { } label } ? label : key;

    /// <summary>The line the inbox shows for a notification, in the reader's language.</summary>
    public string Line(InboxItem item) => item.Kind switch
    {
        NotificationKinds.Evidence => text["New evidence on clause {0}: {1}", item.Clause ?? "—", item.Subject],
        NotificationKinds.Document => text["New document from a source you follow: {0}", item.Subject],
        NotificationKinds.Figure => text["New figure for {0}", item.Subject],
        NotificationKinds.ConflictNew => text["New conflict: {0}", item.Subject],
        NotificationKinds.ConflictResolved => text["Conflict resolved: {0}", item.Subject],
        NotificationKinds.DeadlineComing => text["Consultation deadline coming ({0}): {1}", Format.Instant(item.Due), item.Subject],
        NotificationKinds.DeadlineMissed => text["Consultation deadline missed ({0}): {1}", Format.Instant(item.Due), item.Subject],
        NotificationKinds.FollowUpDue => text["Commission follow-up due {0}: {1}", Format.Date(Day(item.Due)), item.Subject],
        NotificationKinds.FollowUpOverdue => text["Commission follow-up overdue since {0}: {1}", Format.Date(Day(item.Due)), item.Subject],
        _ => item.Subject,
    };

    private static DateOnly? Day(DateTimeOffset? at) => at is { } value ? DateOnly.FromDateTime(value.UtcDateTime) : null;

    private async Task LoadAsync(CancellationToken ct)
    {
        Items = await Inbox.ListAsync(db, UserId, 0, Inbox.PageSize, ct);
        Unread = await Inbox.UnreadCountAsync(db, UserId, ct);
        Follows = await Inbox.FollowsAsync(db, UserId, ct);
        Choices = await Inbox.ChoicesAsync(db, number => text["clause {0}", number].Value, Localization.Language, ct);
    }
}
