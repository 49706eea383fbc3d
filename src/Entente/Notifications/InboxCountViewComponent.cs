using Entente.Storage;
using Microsoft.AspNetCore.Mvc;

namespace Entente.Notifications;

/// <summary>The header's link to the inbox with the count of unread notifications.</summary>
public sealed class InboxCountViewComponent(EntenteDb db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View("~/Notifications/_InboxCount.cshtml",
            db.Viewer.UserId is { } user ? await Inbox.UnreadCountAsync(db, user, HttpContext.RequestAborted) : 0);
}
