using Entente.Storage;
using Entente.Users;
using Entente.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Entente.Events;

/// <summary>The events calendar: forums, culture days, business missions, youth forums, with the clauses they serve.</summary>
public sealed class IndexModel(EntenteDb db) : PageModel
{
    public IReadOnlyList<EventView> Events { get; private set; } = [];

    public bool CanAdd => db.Viewer.PartyCode is not null && db.Viewer.HasRole(UserRole.Editor);

    public async Task OnGetAsync(CancellationToken ct) =>
        Events = [.. (await db.Events.AsNoTracking().OrderBy(e => e.StartsOn).ToListAsync(ct)).Select(EventView.Of)];

    public async Task<IActionResult> OnPostAsync(string? kind, string? title, DateOnly? startsOn, DateOnly? endsOn, string? place, CancellationToken ct)
    {
        if (!CanAdd)
        {
            return Forbid();
        }

        var errors = EventRules.Validate(new EventInput(kind, title, startsOn, endsOn, place));
        if (!errors.Any)
        {
            db.Events.Add(new PartnershipEvent
            {
                Kind = KebabCase.Parse<EventKind>(kind!),
                Title = title!.Trim(),
                StartsOn = startsOn!.Value,
                EndsOn = endsOn,
                Place = place?.Trim(),
                OwnerPartyCode = db.Viewer.PartyCode,
            });
            await db.SaveChangesAsync(ct);
            return RedirectToPage();
        }

        ModelState.AddFieldErrors(errors, HttpContext);

        await OnGetAsync(ct);
        return Page();
    }
}
