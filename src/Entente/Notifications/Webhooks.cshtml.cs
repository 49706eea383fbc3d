using System.Security.Cryptography;
using Entente.Access;
using Entente.Storage;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Entente.Notifications;

/// <summary>For administrators: each Party's outgoing webhooks, adding and removing one, and every delivery attempt.</summary>
[Authorize(Policy = AccessPolicies.Administer)]
public sealed class WebhooksModel(EntenteDb db, WebhookSecrets secrets, IStringLocalizer<NotificationsText> text) : PageModel
{
    public const int AttemptsShown = 100;

    public IReadOnlyList<Webhook> Webhooks { get; private set; } = [];

    public IReadOnlyList<WebhookAttempt> Attempts { get; private set; } = [];

    public IReadOnlyList<string> Parties { get; private set; } = [];

    public string? Done { get; private set; }

    /// <summary>The secret of a webhook just added, shown once so the administrator can give it to the receiver.</summary>
    public string? NewSecret { get; private set; }

    [BindProperty]
    public string? Party { get; set; }

    [BindProperty]
    public string? HookUrl { get; set; }

    [BindProperty]
    public string? Secret { get; set; }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Party is null || !Parties.Contains(Party, StringComparer.Ordinal))
        {
            ModelState.AddModelError(nameof(Party), text["Choose the Party whose notifications the webhook receives."]);
        }

        if (!Uri.TryCreate(HookUrl?.Trim(), UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https") || HookUrl!.Length > Webhook.UrlLength)
        {
            ModelState.AddModelError(nameof(HookUrl), text["The address must be an http or https URL."]);
        }

        var secret = string.IsNullOrWhiteSpace(Secret) ? Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24)) : Secret.Trim();
        if (secret.Length is < 16 or > 200)
        {
            ModelState.AddModelError(nameof(Secret), text["The secret must have 16 to 200 characters (or leave it empty for one to be made)."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        // A new webhook starts with what comes next, not with the Party's whole history.
        var last = await db.Set<Notification>().IgnoreQueryFilters().Where(n => n.OwnerPartyCode == Party).MaxAsync(n => (int?)n.Id, ct) ?? 0;
        db.Add(new Webhook { PartyCode = Party!, Url = url!.ToString(), ProtectedSecret = secrets.Protect(secret), AddedAt = db.Time.GetUtcNow(), DeliveredUpTo = last });
        await db.SaveChangesAsync(ct);
        Done = text["Webhook added for {0}.", Party!];
        NewSecret = string.IsNullOrWhiteSpace(Secret) ? secret : null;
        HookUrl = Secret = null;
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, CancellationToken ct)
    {
        if (await db.Set<Webhook>().FindAsync([id], ct) is { } webhook)
        {
            db.Remove(webhook);
            await db.SaveChangesAsync(ct);
            Done = text["Webhook removed."];
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Parties = await db.Parties.AsNoTracking().OrderBy(p => p.Code).Select(p => p.Code).ToListAsync(ct);
        Webhooks = await db.Set<Webhook>().AsNoTracking().OrderBy(w => w.PartyCode).ThenBy(w => w.Id).ToListAsync(ct);
        Attempts = await db.Set<WebhookAttempt>().AsNoTracking().OrderByDescending(a => a.Id).Take(AttemptsShown).ToListAsync(ct);
    }
}
